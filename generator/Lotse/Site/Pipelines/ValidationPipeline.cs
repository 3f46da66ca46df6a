
using Lotse.Site.Modules;

namespace Lotse.Site.Pipelines;

/// <summary>Checks every link and anchor of the whole site once all other pipelines have made their files.</summary>
internal sealed class ValidationPipeline : Pipeline
{
    public ValidationPipeline(IReadOnlyList<string> pipelinesToCheck)
    {
        Dependencies.AddRange(pipelinesToCheck);
        PostProcess.Add(new ValidateLinks(context => pipelinesToCheck.SelectMany(name => context.Outputs.FromPipeline(name))));
    }
}
