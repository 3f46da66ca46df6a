using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;

namespace Lotse.Blocks.Markdown;

/// <summary>Replaces Markdig's custom-container renderer with <see cref="CalloutRenderer"/>.</summary>
internal sealed class LotseContainersExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
            html.ObjectRenderers.Replace<HtmlCustomContainerRenderer>(new CalloutRenderer());
    }
}
