
using Lotse.Kernel;
using Lotse.Site.Modules;

namespace Lotse.Site.Pipelines;

/// <summary>
/// A rebuild's first stage in <c>lotse serve</c> (<see cref="StagedBuild"/>): checks the links of the pages and site files
/// that changed before they are written (all of them when a file was added or removed), with the other pages and the
/// previous complete build's search index, Gesamtausgaben and downloads as targets. Only a gate: when it finds a
/// problem, the build runs to its end before anything is written; and the complete check (<see cref="ValidationPipeline"/>)
/// always follows in the second stage and decides.
/// </summary>
internal sealed class EarlyLinkCheckPipeline : Pipeline
{
    public EarlyLinkCheckPipeline(IReadOnlyList<string> pipelinesToCheck)
    {
        Dependencies.AddRange(pipelinesToCheck);
        IEnumerable<Document> All(BuildContext context) => pipelinesToCheck.SelectMany(name => context.Outputs.FromPipeline(name));
        PostProcess.Add(new ValidateLinks(context => Changed(All(context).ToList(), context.Cache!),
            context => All(context).Concat(context.Cache?.LaterOutputs ?? [])));
    }

    /// <summary>The documents whose text is not the one checked last time (a page whose layout was reused has the very same
    /// text); all when the set of output paths changed. Remembers them as checked (<see cref="StagedBuild"/> forgets all
    /// when the check fails).</summary>
    private static List<Document> Changed(List<Document> documents, BuildCache cache)
    {
        var paths = new Fingerprint();
        foreach (var d in documents) paths.Add(d.OutputPath);
        var samePaths = paths.Value == cache.LinkCheckedPaths;
        cache.LinkCheckedPaths = paths.Value;
        if (!samePaths) cache.LinkChecked.Clear();
        var changed = documents.Where(d => !cache.LinkChecked.TryGetValue(d.OutputPath, out var text) || !ReferenceEquals(text, d.Content)).ToList();
        foreach (var d in changed) cache.LinkChecked[d.OutputPath] = d.Content;
        return changed;
    }
}
