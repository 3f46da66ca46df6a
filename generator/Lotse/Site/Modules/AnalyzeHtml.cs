using System.Collections.Immutable;
using Lotse.Blocks.Html;
using Lotse.Blocks.Markdown;
using Lotse.Kernel;

namespace Lotse.Site.Modules;

/// <summary>One streaming pass per page (<see cref="HtmlAnalyzer"/>): keeps its ids (anchors) and local references for the link check.</summary>
/// <remarks>Issue 26: the facts of all pages stay alive until the link check, and most ids and URLs repeat from page to page
/// (header, sidebar, breadcrumbs, footer): the pages of one run share one instance of each (<see cref="HtmlStrings"/>).</remarks>
internal sealed class AnalyzeHtml : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var strings = new HtmlStrings();
        var analyzer = new HtmlAnalyzer(strings);
        var results = new Document[inputs.Length];
        Parallel.For(0, inputs.Length, new ParallelOptions { CancellationToken = context.CancellationToken },
            i => results[i] = Execute(inputs[i], analyzer, strings, context));
        return Task.FromResult(ImmutableArray.Create(results));
    }

    private static Document Execute(Document document, HtmlAnalyzer analyzer, HtmlStrings strings, BuildContext context)
    {
        if (!document.OutputPath.EndsWith(".html", StringComparison.Ordinal)) return document;
        // In lotse serve, the same document (its HTML and all) gets the same facts, in the same document as before.
        return context.Derive(cache => cache.Analyzed, document, true, (d, _) => WithFacts(d, analyzer, strings, context.Cache));
    }

    private static Document WithFacts(Document document, HtmlAnalyzer analyzer, HtmlStrings strings, BuildCache? cache)
    {
        // The ids of a page's headings and the URLs of its Markdown links are in its HTML too: its facts take the
        // instances its metadata holds anyway.
        foreach (var heading in document.Metadata.Get<IReadOnlyList<Heading>>(ContentKeys.Headings) ?? []) strings.Of(heading.Id);
        foreach (var link in document.Metadata.Get<IReadOnlyList<MarkdownLink>>(ContentKeys.Links) ?? []) strings.Of(link.Href);
        var facts = Analyze(document, analyzer, cache);
        return document.WithMetadata(ContentKeys.Anchors, facts.Ids).WithMetadata(ContentKeys.HtmlLinks, facts.References);
    }

    /// <summary>A page of lotse build is UTF-8 already (RenderLayouts): it is read as such, without a string of it.</summary>
    private static HtmlFacts Analyze(Document document, HtmlAnalyzer analyzer, BuildCache? cache)
    {
        if (document is { Content.Length: 0, Body: Utf8Body utf8 })
            return cache is null
                ? analyzer.Analyze(utf8.Bytes)
                : cache.HtmlFacts.GetOrAdd(new Fingerprint().Add(utf8.Bytes).Value, () => analyzer.Analyze(utf8.Bytes))!;
        var html = document.Text;
        return cache is null
            ? analyzer.Analyze(html)
            : cache.HtmlFacts.GetOrAdd(cache.Fingerprints.Of(html), () => analyzer.Analyze(html))!;
    }
}
