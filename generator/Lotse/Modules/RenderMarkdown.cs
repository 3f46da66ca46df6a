using System.Collections.Immutable;
using Lotse.Core;
using Lotse.Diagnostics;
using Lotse.Markdown;
using Lotse.Paths;
using Lotse.Pipelines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Lotse.Modules;

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
        var files = context.Outputs.FromPipeline(nameof(AssetsPipeline))
            .Where(d => d.SourcePath.StartsWith("content/", StringComparison.Ordinal))
            .ToDictionary(d => d.ContentPath(), d => d.OutputPath, StringComparer.Ordinal);
        var resolver = new LinkResolver(pages, files, context.Config.LinkStyle);
        var pageInspectors = inspectors.Select(i => i.Prepare(inputs, context)).ToArray();
        var results = new Document[inputs.Length];
        Parallel.For(0, inputs.Length, new ParallelOptions { CancellationToken = context.CancellationToken },
            i => results[i] = Render(inputs[i], resolver, pageInspectors, context));
        return Task.FromResult(results.ToImmutableArray());
    }

    private static Document Render(Document document, LinkResolver resolver, IMarkdownPageInspector[] inspectors, BuildContext context)
    {
        var firstLine = document.BodyLine();
        var markdown = context.Markdown.Parse(document.Content);
        var headings = MarkdownRenderer.AssignHeadingIds(markdown, firstLine);
        var links = new List<MarkdownLink>();
        foreach (var link in markdown.Descendants<LinkInline>())
        {
            if (string.IsNullOrEmpty(link.Url)) continue;
            var written = link.Url;
            var line = firstLine + link.Line;
            var column = link.Column + 1;
            var target = resolver.Resolve(document.ContentPath(), document.OutputPath, link.Url);
            switch (target.Kind)
            {
                case LinkKind.EscapesContent:
                    context.Diagnostics.Error(DiagnosticCodes.LinkEscapesContent, document.SourcePath, line, column,
                        $"Link '{link.Url}' leaves the content folder. Link only to pages and files inside content/");
                    break;
                case LinkKind.Missing:
                    context.Diagnostics.Error(DiagnosticCodes.LinkTargetMissing, document.SourcePath, line, column,
                        $"Link '{link.Url}' points to 'content/{target.TargetSource}', which does not exist. Check the path; it is relative to this file");
                    break;
                default:
                    link.Url = target.Url.Length == 0 ? "#" + target.Anchor : target.Url;
                    break;
            }
            links.Add(new MarkdownLink(written, link.Url ?? "", line, column, link.IsImage, target.TargetSource, target.Anchor));
        }
        ReportScripts(document, markdown, firstLine, context);
        var metadata = document.Metadata;
        foreach (var inspector in inspectors) metadata = metadata.SetRange(inspector.Inspect(document, markdown, firstLine));
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

    private static void ReportScripts(Document document, MarkdownDocument markdown, int firstLine, BuildContext context)
    {
        foreach (var block in markdown.Descendants<HtmlBlock>())
            if (block.Lines.ToString().Contains("<script", StringComparison.OrdinalIgnoreCase))
                Warn(block.Line, block.Column);
        foreach (var inline in markdown.Descendants<HtmlInline>())
            if (inline.Tag.StartsWith("<script", StringComparison.OrdinalIgnoreCase))
                Warn(inline.Line, inline.Column);

        void Warn(int line, int column) => context.Diagnostics.Warning(DiagnosticCodes.UnsafeHtml, document.SourcePath, firstLine + line, column + 1,
            "The Markdown contains a <script> element, which the site's Content-Security-Policy blocks. Remove it; scripts belong in the theme");
    }
}
