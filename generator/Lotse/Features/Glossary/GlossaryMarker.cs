using Lotse.Blocks.Markdown;
using Lotse.Features.Checklists;
using Markdig.Extensions.Abbreviations;
using Markdig.Extensions.CustomContainers;
using Markdig.Helpers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

using Lotse.Blocks.Html;

namespace Lotse.Features.Glossary;

/// <summary>
/// Marks the first occurrence of each glossary term on a page in the Markdown syntax tree: the words become
/// <c>&lt;a class="glossary-term" href="glossary#anchor"&gt;&lt;abbr title="…"&gt;term&lt;/abbr&gt;&lt;/a&gt;</c>
/// (without a glossary page, only the <c>abbr</c>). Headings, code, links, existing abbreviations
/// (Markdown <c>*[…]</c> and HTML <c>&lt;abbr&gt;</c>/<c>&lt;a&gt;</c>) and checklists are left alone.
/// One instance per page.
/// </summary>
internal sealed class GlossaryMarker(GlossaryMatcher matcher, string? glossaryUrl)
{
    private readonly HashSet<GlossaryEntry> _marked = [];
    private int _htmlDepth;

    /// <summary>Marks the tree in place and returns the entries it marked, in order.</summary>
    public IReadOnlyList<GlossaryEntry> Mark(MarkdownDocument markdown)
    {
        var order = new List<GlossaryEntry>();
        foreach (var block in MarkdownNodes.Of(markdown).LeafBlocks)
        {
            if (block is HeadingBlock || block.Inline is null || InChecklist(block)) continue;
            _htmlDepth = 0;
            Walk(block.Inline, order);
            if (_marked.Count == matcher.Entries.Count) break;
        }
        return order;
    }

    private static bool InChecklist(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
            if (parent is CustomContainer { Info: Checklist.ContainerName }) return true;
        return false;
    }

    private void Walk(ContainerInline container, List<GlossaryEntry> order)
    {
        for (var child = container.FirstChild; child is not null;)
        {
            var next = child.NextSibling;
            switch (child)
            {
                case LinkInline or CodeInline or AbbreviationInline:
                    break;
                case HtmlInline html:
                    TrackHtml(html.Tag);
                    break;
                case LiteralInline literal when _htmlDepth == 0:
                    if (MarkFirst(literal, order) is { } rest) next = rest;
                    break;
                case ContainerInline inner:
                    Walk(inner, order);
                    break;
            }
            child = next;
        }
    }

    private void TrackHtml(string tag)
    {
        var lower = tag.ToLowerInvariant();
        if (lower.StartsWith("<a ", StringComparison.Ordinal) || lower == "<a>" || lower.StartsWith("<abbr", StringComparison.Ordinal) ||
            lower.StartsWith("<code", StringComparison.Ordinal)) _htmlDepth++;
        else if (lower is "</a>" or "</abbr>" or "</code>") _htmlDepth = Math.Max(0, _htmlDepth - 1);
    }

    /// <summary>Marks the first term in the literal; returns the literal with the text after it (to go on with), or null.</summary>
    private LiteralInline? MarkFirst(LiteralInline literal, List<GlossaryEntry> order)
    {
        // The literal's text is a part of the page's text: it is searched and split in place, not copied, so that many
        // terms in one long paragraph stay linear.
        var slice = literal.Content;
        var source = slice.Text ?? "";
        if (matcher.FindFirst(source, slice.Start, slice.Length, _marked, Around(literal, forward: false), Around(literal, forward: true)) is not var (index, length, entry)) return null;
        _marked.Add(entry);
        order.Add(entry);

        literal.Content = new StringSlice(source, slice.Start, slice.Start + index - 1);
        Inline last = literal;
        var open = new HtmlInline($"<abbr title=\"{HtmlEscape.Text(entry.Title)}\">");
        var word = new LiteralInline(new StringSlice(source, slice.Start + index, slice.Start + index + length - 1));
        var close = new HtmlInline("</abbr>");
        if (glossaryUrl is null)
        {
            foreach (var part in new Inline[] { open, word, close }) { last.InsertAfter(part); last = part; }
        }
        else
        {
            var link = new LinkInline(UrlPolicy.Safe(glossaryUrl + "#" + entry.Anchor), "") { IsClosed = true };
            link.GetAttributes().AddClass("glossary-term");
            link.AppendChild(open);
            link.AppendChild(word);
            link.AppendChild(close);
            last.InsertAfter(link);
            last = link;
        }
        var rest = new LiteralInline(new StringSlice(source, slice.Start + index + length, slice.End));
        last.InsertAfter(rest);
        return rest;
    }

    /// <summary>Up to two characters of the paragraph's text next to <paramref name="inline"/> (before it, or after it
    /// with <paramref name="forward"/>), across emphasis and links, so "**Kfz**-Steuer" is seen as one word.
    /// Stops at HTML, line breaks and the paragraph's edge.</summary>
    private static string Around(Inline inline, bool forward)
    {
        var text = "";
        for (var next = Step(inline, forward); next is not null && text.Length < 2; next = Step(next, forward))
        {
            var piece = next switch
            {
                LiteralInline literal => literal.Content.ToString(),
                CodeInline code => code.Content,
                HtmlEntityInline entity => entity.Transcoded.ToString(),
                ContainerInline => "", // an empty one
                _ => null,
            };
            if (piece is null) break;
            text = forward ? text + piece : piece + text;
        }
        return text.Length <= 2 ? text : forward ? text[..2] : text[^2..];
    }

    /// <summary>The next (or previous) leaf in document order within the paragraph, or null.</summary>
    private static Inline? Step(Inline inline, bool forward)
    {
        Inline at = inline;
        while ((forward ? at.NextSibling : at.PreviousSibling) is null)
        {
            if (at.Parent is not { Parent: not null } parent) return null; // the paragraph's own container has no parent
            at = parent;
        }
        var next = forward ? at.NextSibling! : at.PreviousSibling!;
        while (next is ContainerInline { FirstChild: not null } container) next = forward ? container.FirstChild! : container.LastChild!;
        return next;
    }
}
