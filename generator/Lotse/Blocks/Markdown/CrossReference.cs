using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace Lotse.Blocks.Markdown;

/// <summary>pandoc's and Quarto's cross-references <c>@sec-id</c>, <c>@fig-id</c>, <c>@tbl-id</c>: a link to the
/// element with that id (on this page or, in a book, another one), named after the heading it leads to, else
/// "Abschnitt", "Abbildung", "Tabelle". An <c>@</c> after a letter or digit (an e-mail address) is left alone.</summary>
public sealed class CrossReference : InlineParser
{
    /// <summary>The key of a link's data that marks it as a cross-reference (its value: the id written).</summary>
    public const string Key = "lotse.crossref";

    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["sec"] = "Abschnitt", ["fig"] = "Abbildung", ["tbl"] = "Tabelle", ["lst"] = "Listing", ["eq"] = "Gleichung",
    };

    public CrossReference() => OpeningCharacters = ['@'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var before = slice.PeekCharExtra(-1);
        if (char.IsLetterOrDigit(before)) return false;
        var start = slice.Start;
        var end = start + 1;
        var text = slice.Text;
        while (end <= slice.End && (char.IsLetterOrDigit(text[end]) || text[end] is '-' or '_' or ':')) end++;
        while (end > start + 1 && text[end - 1] is '-' or ':' or '_') end--; // "@sec-x." and "@sec-x:" end the id
        var id = text[(start + 1)..end];
        var dash = id.IndexOf('-');
        if (dash <= 0 || dash == id.Length - 1 || !Labels.TryGetValue(id[..dash], out var label)) return false;
        var link = new LinkInline("#" + id, "") { IsClosed = true };
        link.Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start, out var line, out var column), end - 1);
        link.Line = line;
        link.Column = column;
        link.SetData(Key, id);
        link.AppendChild(new LiteralInline(label));
        processor.Inline = link;
        slice.Start = end;
        return true;
    }

    /// <summary>Names <paramref name="link"/> after the heading it leads to; a figure or table (level 0) after its label
    /// and caption (Abbildung „…“). A target without text keeps the label: a link is never empty.</summary>
    public static void NameAfter(LinkInline link, Heading target)
    {
        var text = target.Text.Split('\n')[0].Trim();
        if (text.Length == 0) return;
        if (target.Level == 0) text = $"{MarkdownRenderer.PlainText(link)} „{text}“";
        while (link.FirstChild is { } child) child.Remove();
        link.AppendChild(new LiteralInline(text));
    }
}
