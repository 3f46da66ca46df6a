using Lotse.Blocks.Markdown;
using Markdig;
using Markdig.Extensions.Alerts;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Lotse.Features.Compatibility;

/// <summary>GitHub's alerts (<c>&gt; [!NOTE]</c>, <c>[!TIP]</c>, <c>[!IMPORTANT]</c>, <c>[!WARNING]</c>,
/// <c>[!CAUTION]</c>) with Markdig's parser, rendered as Lotse's callouts (<see cref="CalloutRenderer"/>'s styles).</summary>
internal sealed class AlertCalloutExtension : IMarkdownExtension
{
    private readonly AlertExtension _alerts = new();

    public void Setup(MarkdownPipelineBuilder pipeline) => _alerts.Setup(pipeline);

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        _alerts.Setup(pipeline, renderer);
        if (renderer is HtmlRenderer html) html.ObjectRenderers.Replace<AlertBlockRenderer>(new AlertCalloutRenderer());
    }

    private sealed class AlertCalloutRenderer : HtmlObjectRenderer<AlertBlock>
    {
        protected override void Write(HtmlRenderer renderer, AlertBlock block)
        {
            var kind = block.Kind.ToString();
            var callout = CalloutRenderer.CalloutFor(kind) ?? new CalloutRenderer.Callout("hinweis", kind);
            renderer.EnsureLine();
            var attributes = new HtmlAttributes { Id = block.TryGetAttributes()?.Id };
            attributes.AddClass("callout");
            attributes.AddClass("callout-" + callout.Style);
            renderer.Write("<div").WriteAttributes(attributes).Write(" role=\"note\">");
            renderer.Write("<p class=\"callout-label\">").WriteEscape(callout.Label).WriteLine("</p>");
            renderer.WriteChildren(block);
            renderer.WriteLine("</div>");
        }
    }
}
