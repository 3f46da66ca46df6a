using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace Lotse.Features.Compatibility;

/// <summary>pandoc's simple and multiline tables (<see cref="PandocTableParser"/>): the one starting at dashes goes first
/// (before the thematic break and the list), the one starting at a header line before the paragraph.</summary>
internal sealed class PandocTableExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.BlockParsers.Contains<PandocTableParser>()) return;
        pipeline.BlockParsers.Insert(0, PandocTableParser.AtDashes());
        var paragraph = pipeline.BlockParsers.FindIndex(p => p is ParagraphBlockParser);
        pipeline.BlockParsers.Insert(paragraph < 0 ? pipeline.BlockParsers.Count : paragraph, PandocTableParser.AtHeader());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }
}
