using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Lotse.Features.Checklists;

/// <summary>Renders <c>::: checkliste</c> containers with <see cref="ChecklistRenderer"/>, which hands every
/// other container to the container renderer it replaces. Register it after the other container extensions.</summary>
public sealed class ChecklistExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        var current = html.ObjectRenderers.OfType<HtmlObjectRenderer<CustomContainer>>().FirstOrDefault();
        if (current is null or ChecklistRenderer) return;
        html.ObjectRenderers[html.ObjectRenderers.IndexOf(current)] = new ChecklistRenderer(current);
    }
}
