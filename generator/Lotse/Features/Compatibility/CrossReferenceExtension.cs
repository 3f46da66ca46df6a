using Lotse.Blocks.Markdown;
using Markdig;
using Markdig.Renderers;

namespace Lotse.Features.Compatibility;

/// <summary>pandoc's and Quarto's <c>@sec-id</c> cross-references as links (<see cref="CrossReference"/>).</summary>
internal sealed class CrossReferenceExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<CrossReference>()) pipeline.InlineParsers.Insert(0, new CrossReference());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }
}
