using System.Text.RegularExpressions;
using Lotse.Blocks.Markdown;
using Markdig.Extensions.CustomContainers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Lotse.Features.Compatibility;

/// <summary>MkDocs' admonitions (Python-Markdown): <c>!!! note "Titel"</c>, collapsible <c>??? note</c> (closed) and
/// <c>???+ note</c> (open), followed by their content indented by four spaces. They become containers that
/// <see cref="CalloutRenderer"/> renders like <c>::: note Titel</c> (a collapsible one as <c>&lt;details&gt;</c>).</summary>
internal sealed partial class AdmonitionParser : BlockParser
{
    [GeneratedRegex(@"^(?<marker>!!!|\?\?\?\+?)[ \t]+(?<type>[A-Za-z][\w-]*)(?:[ \t]+[A-Za-z][\w-]*)*(?:[ \t]+""(?<title>[^""]*)"")?[ \t]*$")]
    private static partial Regex Opening();

    public AdmonitionParser() => OpeningCharacters = ['!', '?'];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent) return BlockState.None;
        var match = Opening().Match(processor.Line.ToString());
        if (!match.Success) return BlockState.None;
        var marker = match.Groups["marker"].Value;
        var container = new CustomContainer(this)
        {
            Info = match.Groups["type"].Value,
            Arguments = match.Groups["title"].Success ? match.Groups["title"].Value : null,
            Column = processor.Column,
            Line = processor.LineIndex,
            Span = new SourceSpan(processor.Start, processor.Line.End),
        };
        if (marker.StartsWith('?')) container.SetData(CalloutRenderer.Collapsible, marker.EndsWith('+'));
        processor.NewBlocks.Push(container);
        return BlockState.ContinueDiscard;
    }

    /// <summary>The admonition goes on over blank lines and lines indented by four spaces (which lose them).</summary>
    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        if (processor.IsBlankLine) return BlockState.Continue;
        if (processor.Indent < 4) return BlockState.None;
        processor.GoToColumn(processor.ColumnBeforeIndent + 4);
        block.UpdateSpanEnd(processor.Line.End);
        return BlockState.Continue;
    }
}
