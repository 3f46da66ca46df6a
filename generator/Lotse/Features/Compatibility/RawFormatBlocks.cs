using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Lotse.Features.Compatibility;

/// <summary>pandoc's raw blocks (extension <c>raw_attribute</c>): a fenced block <c>```{=html}</c> is HTML of the
/// page (checked like any raw HTML), a block for another format (<c>{=latex}</c>, <c>{=typst}</c>, <c>{=openxml}</c>, …)
/// is left out, as pandoc does when it writes HTML. Without this, LaTeX commands showed as code on the page.</summary>
internal sealed class RawFormatBlocks : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= Replace;
        pipeline.DocumentProcessed += Replace;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    private static void Replace(MarkdownDocument document)
    {
        foreach (var block in document.Descendants<FencedCodeBlock>().ToList())
        {
            if (FormatOf(block) is not { } format || block.Parent is not { } parent) continue;
            var index = parent.IndexOf(block);
            parent.RemoveAt(index);
            if (format != "html") continue;
            var html = new HtmlBlock(null)
            {
                Type = HtmlBlockType.NonInterruptingBlock,
                Lines = block.Lines,
                Line = block.Line,
                Column = block.Column,
                Span = block.Span,
            };
            parent.Insert(index, html);
        }
    }

    /// <summary>The format of <c>```{=format}</c> (lower case), else <c>null</c>.</summary>
    private static string? FormatOf(FencedCodeBlock block)
    {
        var info = block.Info?.Trim();
        if (info is not { Length: > 3 } || !info.StartsWith("{=", StringComparison.Ordinal) || !info.EndsWith('}')) return null;
        var format = info[2..^1].Trim();
        return format.Length > 0 && format.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '+') ? format.ToLowerInvariant() : null;
    }
}
