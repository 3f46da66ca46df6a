using Markdig;
using Markdig.Extensions.Abbreviations;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Lotse.Blocks.Markdown;

/// <summary>The one Markdig pipeline of a build (immutable, thread-safe), with the features' syntax, and helpers to read headings
/// and links from a parsed document.</summary>
public sealed class MarkdownRenderer
{
    public MarkdownRenderer(IEnumerable<IMarkdownExtension>? extra = null)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseGridTables()
            .UseTaskLists()
            .UseFootnotes()
            .UseDefinitionLists()
            .UseAbbreviations()
            .UseEmphasisExtras()
            .UseCustomContainers()
            .UsePreciseSourceLocation();
        builder.Extensions.AddIfNotAlready<LotseContainersExtension>();
        builder.Extensions.AddIfNotAlready<KramdownAttributeLines>();
        builder.Extensions.AddIfNotAlready<TableCaptions>(); // after the tables: it replaces their renderer
        foreach (var extension in extra ?? []) builder.Extensions.Add(extension);
        Pipeline = builder.UseGenericAttributes() // must be last
            .Build();
    }

    public MarkdownPipeline Pipeline { get; }

    public MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);

    /// <summary>With Markdig's pooled renderers (creating and setting up one per page cost more than rendering small pages).</summary>
    public string ToHtml(MarkdownDocument document) => document.ToHtml(Pipeline);

    /// <summary>Gives every heading an id (explicit <c>{#id}</c> wins, else a German slug, made unique)
    /// and returns the headings; <paramref name="firstLine"/> is the file line of the document's line 0.</summary>
    public static IReadOnlyList<Heading> AssignHeadingIds(MarkdownDocument document, int firstLine)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        // The next number to try per slug: 40,000 headings with the same text stay linear (trying from 1 each time
        // was quadratic). Numbers below it are all taken, so the ids are the same as trying from 1.
        var nextNumber = new Dictionary<string, int>(StringComparer.Ordinal);
        var found = MarkdownNodes.Of(document).Headings;
        var headings = new List<Heading>(found.Count);
        var scratch = new System.Text.StringBuilder(); // one for all headings' texts and slugs
        foreach (var heading in found)
        {
            var text = PlainText(heading.Inline, scratch);
            var attributes = heading.GetAttributes();
            var id = attributes.Id;
            if (string.IsNullOrEmpty(id))
            {
                var slug = GermanSlug.From(text, scratch);
                if (slug.Length == 0) slug = "abschnitt";
                id = slug;
                var n = nextNumber.GetValueOrDefault(slug, 1);
                for (; used.Contains(id); n++) id = $"{slug}-{n}";
                nextNumber[slug] = n;
                attributes.Id = id;
            }
            used.Add(id);
            headings.Add(new Heading(heading.Level, id, text, firstLine + heading.Line));
        }
        return headings;
    }

    public static string PlainText(ContainerInline? inline) => PlainText(inline, new System.Text.StringBuilder());

    /// <summary>As <see cref="PlainText(ContainerInline?)"/>, written in <paramref name="scratch"/> (emptied first).</summary>
    public static string PlainText(ContainerInline? inline, System.Text.StringBuilder scratch)
    {
        if (inline is null) return "";
        // The usual heading is one piece of text: taken as it is, without copying it through the builder.
        if (inline.FirstChild is LiteralInline { NextSibling: null } only) return only.Content.ToString().Trim();
        var sb = scratch.Clear();
        for (var child = inline.FirstChild; child is not null; child = MarkdownNodes.NextInPreOrder(child, inline))
        {
            switch (child)
            {
                case LiteralInline literal: sb.Append(literal.Content.AsSpan()); break;
                case CodeInline code: sb.Append(code.Content); break;
                case AbbreviationInline abbr: sb.Append(abbr.Abbreviation.Label); break;
                case LineBreakInline: sb.Append(' '); break;
            }
        }
        return sb.ToString().Trim();
    }
}
