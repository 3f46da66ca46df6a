using System.Collections.Immutable;
using Lotse.Kernel;
using Lotse.Site;
using Lotse.Site.Modules;

namespace Lotse.Features.Print;

/// <summary><see cref="AnalyzeHtml"/> for the pages that do not have the link check's facts yet: a Gesamtausgabe gets them
/// from its pieces when it is made (<see cref="PieceFacts"/>), the download page and an edition whose chapters could not
/// give them here.</summary>
internal sealed class AnalyzeUnanalyzedHtml : IModule
{
    private readonly AnalyzeHtml _analyze = new();

    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var pending = inputs.Where(d => !d.Metadata.ContainsKey(ContentKeys.Anchors)).ToImmutableArray();
        if (pending.Length == inputs.Length) return await _analyze.ExecuteAsync(inputs, context);
        var analyzed = await _analyze.ExecuteAsync(pending, context); // one document for each (AnalyzeHtml drops none)
        var next = 0;
        return inputs.Select(d => d.Metadata.ContainsKey(ContentKeys.Anchors) ? d : analyzed[next++]).ToImmutableArray();
    }
}
