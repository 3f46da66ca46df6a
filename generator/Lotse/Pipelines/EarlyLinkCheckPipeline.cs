using Lotse.Core;
using Lotse.Modules;

namespace Lotse.Pipelines;

/// <summary>
/// A rebuild's first stage in <c>lotse serve</c> (<see cref="StagedBuild"/>): checks the links of the pages and site files
/// before they are written, with the previous complete build's search index, Gesamtausgaben and downloads standing in for
/// this build's, which follow later. Only a gate: when it finds a problem, the build runs to its end before anything
/// is written, and the complete check (<see cref="ValidationPipeline"/>) decides.
/// </summary>
public sealed class EarlyLinkCheckPipeline : Pipeline
{
    public EarlyLinkCheckPipeline(IReadOnlyList<string> pipelinesToCheck)
    {
        Dependencies.AddRange(pipelinesToCheck);
        PostProcess.Add(new ValidateLinks(context => pipelinesToCheck.SelectMany(name => context.Outputs.FromPipeline(name)),
            context => context.Cache?.LaterOutputs ?? []));
    }
}
