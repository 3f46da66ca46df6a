using System.Collections.Immutable;
using Lotse.Blocks.Diagnostics;
using Lotse.Blocks.Markdown;
using Lotse.Blocks.Paths;
using Lotse.Kernel;
using Lotse.Site.Pipelines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Lotse.Site.Modules;

/// <summary>
/// Turns each page's Markdown into HTML with the build's one Markdig pipeline, on all cores. On the
/// way it gives headings their ids, and rewrites links to source files (<c>a.md#x</c>) to relative URLs,
/// reporting links to missing pages or files at their line and column. Headings and links are kept
/// in the metadata for the table of contents, the search index and the link check. Features such as the
/// checklists read the syntax tree through <see cref="IMarkdownInspector"/>s before the HTML is rendered.
/// </summary>
public sealed class RenderMarkdown(params IMarkdownInspector[] inspectors) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var pages = inputs.ToDictionary(d => d.ContentPath(), d => d.OutputPath, StringComparer.Ordinal);
        var files = LinkTargetFiles.Of(context);
        var resolver = LinkResolver.For(pages, files, context.Config);
        var pageInspectors = inspectors.Select(i => i.Prepare(inputs, context)).ToArray();
        var lookup = new HeadingLookup(inputs.GroupBy(d => d.ContentPath(), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal),
            context.Markdown, context.Config.Values.GetValueOrDefault(HeadingLookup.AcrossPagesKey) is true);
        var site = context.Cache is null ? default : SiteKey(inputs, files, context);
        var results = new Document[inputs.Length];
        Parallel.For(0, inputs.Length, new ParallelOptions { CancellationToken = context.CancellationToken },
            i => results[i] = RenderOrReuse(inputs[i], site, resolver, lookup, pageInspectors, context));
        if (context.Cache is not null) context.LaneParts.Markdown = new MarkdownStep(resolver, lookup, pageInspectors, inputs, results);
        return Task.FromResult(results.ToImmutableArray());
    }

    /// <summary>What rendering every page's Markdown made once for all of them, and its pages before and after: <c>lotse
    /// serve</c>'s fast lane renders one edited page with it (<see cref="SinglePageRender"/>).</summary>
    internal sealed record MarkdownStep(LinkResolver Resolver, HeadingLookup Lookup, IMarkdownPageInspector[] Inspectors,
        ImmutableArray<Document> Inputs, IReadOnlyList<Document> Outputs);

    /// <summary>One page, with the link targets, headings and inspectors of an earlier rendering of all pages; not
    /// remembered (the second stage renders it again, into the memo).</summary>
    internal static Document RenderOne(Document document, MarkdownStep step, BuildContext context) =>
        Render(document, step.Resolver, step.Lookup, step.Inspectors, context);

    /// <summary>What a page's HTML depends on besides the page itself: which pages and files exist where, the
    /// data files (glossary, roles …), the settings.</summary>
    private static UInt128 SiteKey(ImmutableArray<Document> pages, Dictionary<string, string> files, BuildContext context)
    {
        var key = new Fingerprint().Add(nameof(RenderMarkdown));
        foreach (var page in pages) key.Add(page.SourcePath).Add(page.OutputPath);
        foreach (var (source, output) in files.OrderBy(f => f.Key, StringComparer.Ordinal)) key.Add(source).Add(output);
        return key.AddValue(SiteData.Of(context)).AddValue(context.Config.Values).AddValue(context.Options.ContentChecks).Value;
    }

    /// <summary>A page whose inputs are those of the previous build (and that reported nothing then) is not rendered again.</summary>
    private static Document RenderOrReuse(Document document, UInt128 site, LinkResolver resolver, HeadingLookup lookup, IMarkdownPageInspector[] inspectors, BuildContext context)
    {
        return context.Reuse(cache => cache.Markdown, () => new Fingerprint().Add(site).Add(context.Cache!.Fingerprints.Of(document)).Value,
            () => Render(document, resolver, lookup, inspectors, context), reportsProblems: true)!;
    }

    /// <summary>Markdig gives up on Markdown nested thousands of levels deep (its depth limit, while parsing
    /// or rendering); the page is then reported and continues empty, marked failed.</summary>
    private static Document Render(Document document, LinkResolver resolver, HeadingLookup lookup, IMarkdownPageInspector[] inspectors, BuildContext context)
    {
        try
        {
            return RenderPage(document, resolver, lookup, inspectors, context);
        }
        catch (ArgumentException e) when (e.Message.Contains("depth limit", StringComparison.Ordinal))
        {
            context.Diagnostics.Error(DiagnosticCodes.MarkdownTooDeep, document.SourcePath, document.BodyLine(), 1,
                "The Markdown is nested too deeply to parse (emphasis, links or blocks inside each other thousands of times). Simplify it");
            return RenderPage(document.WithMetadata(ContentKeys.Failed, true) with { Content = "" }, resolver, lookup, inspectors, context);
        }
    }

    private static Document RenderPage(Document document, LinkResolver resolver, HeadingLookup lookup, IMarkdownPageInspector[] inspectors, BuildContext context)
    {
        var firstLine = document.BodyLine();
        var markdown = Parse(ref document, firstLine, context);
        var headings = MarkdownRenderer.AssignHeadingIds(markdown, firstLine);
        var links = new List<MarkdownLink>();
        foreach (var link in MarkdownNodes.Of(markdown).Links)
        {
            if (string.IsNullOrEmpty(link.Url)) continue;
            var written = link.Url;
            var line = firstLine + link.Line;
            var column = link.Column + 1;
            var target = resolver.Resolve(document.ContentPath(), document.OutputPath, link.Url);
            target = ForeignAnchorTarget(target, document, headings, resolver, lookup);
            if (link.GetData(CrossReference.Key) is string && target is { Kind: LinkKind.Page or LinkKind.SamePage, TargetSource: { } crossSource })
            {
                var targetHeadings = crossSource == document.ContentPath()
                    ? HeadingLookup.WithTitle(document, [.. headings, .. HeadingLookup.ElementIds(markdown, firstLine)])
                    : lookup.Of(crossSource);
                var wanted = target.Anchor is null or "top" ? "" : target.Anchor;
                if (targetHeadings.FirstOrDefault(h => h.Id == wanted) is { } named) CrossReference.NameAfter(link, named);
            }
            switch (target.Kind)
            {
                case LinkKind.EscapesContent:
                    context.Diagnostics.Error(DiagnosticCodes.LinkEscapesContent, document.SourcePath, line, column,
                        $"Link '{link.Url}' leaves the content folder. Link only to pages and files inside content/");
                    break;
                case LinkKind.Missing:
                    context.Diagnostics.Error(DiagnosticCodes.LinkTargetMissing, document.SourcePath, line, column,
                        resolver.MissingMessage(link.Url, target));
                    break;
                default:
                    link.Url = target.Url.Length == 0 ? "#" + target.Anchor : target.Url;
                    break;
            }
            links.Add(new MarkdownLink(written, link.Url ?? "", line, column, link.IsImage, target.TargetSource, target.Anchor));
        }
        var metadata = document.Metadata;
        foreach (var inspector in inspectors)
            foreach (var (key, value) in inspector.Inspect(document, markdown, firstLine))
            {
                // Links an inspector found (in raw HTML) are checked with those of the Markdown.
                if (key == ContentKeys.Links && value is IEnumerable<MarkdownLink> more) links.AddRange(more);
                else metadata = metadata.Set(key, value);
            }
        var html = context.Markdown.ToHtml(markdown);
        return document with
        {
            Content = html,
            Metadata = metadata
                .Set(ContentKeys.Headings, headings)
                .Set(ContentKeys.Links, links)
                .Set(Keys.Toc, TocEntry.From(headings))
                .Set(ContentKeys.ContentHtml, html),
        };
    }

    /// <summary>A link whose anchor was written for another generator's slugs (<c>#schritt-für-schritt</c>) leads to the
    /// heading it means; in a book (<see cref="HeadingLookup.AcrossPages"/>), a bare anchor also to another page's heading.</summary>
    private static LinkTarget ForeignAnchorTarget(LinkTarget target, Document document, IReadOnlyList<Heading> headings, LinkResolver resolver, HeadingLookup lookup)
    {
        if (target.Anchor is not { Length: > 0 } anchor || target.TargetSource is not { } source || target.Kind is not (LinkKind.Page or LinkKind.SamePage)) return target;
        var here = source == document.ContentPath();
        var id = ForeignAnchor.Match(here ? HeadingLookup.WithTitle(document, headings) : lookup.Of(source), anchor);
        if (id == anchor) return target;
        if (id is not null)
        {
            var hash = target.Url.IndexOf('#');
            var page = hash < 0 ? target.Url : target.Url[..hash];
            if (id.Length == 0) return target with { Anchor = page.Length == 0 ? "top" : null, Url = page.Length == 0 ? "#top" : page };
            return target with { Anchor = id, Url = page + "#" + Uri.EscapeDataString(id) };
        }
        if (target.Kind == LinkKind.SamePage && lookup.AcrossPages && lookup.Elsewhere(source, anchor) is { } other)
            return resolver.Resolve(document.ContentPath(), document.OutputPath, "/" + other.Source + (other.Id.Length == 0 ? "" : "#" + Uri.EscapeDataString(other.Id)));
        return target;
    }

    /// <summary>Parses the body; lists or quotes nested deeper than <see cref="MarkdownNesting.MaxDepth"/> are
    /// reported at their line, and the page continues empty (marked failed, so it is not written).</summary>
    private static MarkdownDocument Parse(ref Document document, int firstLine, BuildContext context)
    {
        if (MarkdownNesting.FirstTooDeepLine(document.Content) is { } line)
        {
            context.Diagnostics.Error(DiagnosticCodes.MarkdownTooDeep, document.SourcePath, firstLine + line, 1,
                $"Lists or quotes are nested more than {MarkdownNesting.MaxDepth} levels deep here. Flatten the structure");
            document = document with { Content = "" };
            document = document.WithMetadata(ContentKeys.Failed, true);
            return context.Markdown.Parse("");
        }
        return context.Markdown.Parse(document.Content);
    }
}
