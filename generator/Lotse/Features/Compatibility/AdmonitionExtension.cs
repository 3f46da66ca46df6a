using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace Lotse.Features.Compatibility;

/// <summary>Adds <see cref="AdmonitionParser"/> (MkDocs' <c>!!!</c> and <c>???</c>) before the paragraph parser.</summary>
internal sealed class AdmonitionExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.BlockParsers.Contains<AdmonitionParser>()) return;
        var paragraph = pipeline.BlockParsers.FindIndex(p => p is ParagraphBlockParser);
        pipeline.BlockParsers.Insert(paragraph < 0 ? pipeline.BlockParsers.Count : paragraph, new AdmonitionParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }
}
