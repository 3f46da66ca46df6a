using System.Text;
using Lotse.Blocks.Diagnostics;
using Lotse.Blocks.Markdown;
using Lotse.Kernel;
using Lotse.Site;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Lotse.Features.RawHtml;

/// <summary>Checks (or cleans) the raw HTML blocks and inline tags of one page and reports each finding at the
/// exact line and column of the Markdown source.</summary>
internal sealed class RawHtmlPageInspector(RawHtmlSettings settings, DiagnosticBag diagnostics) : IMarkdownPageInspector
{
    public IEnumerable<KeyValuePair<string, object?>> Inspect(Document page, MarkdownDocument markdown, int firstLine)
    {
        // The build's one walk over the tree has found the nodes (a walk per kind cost more than the checks).
        var nodes = MarkdownNodes.Of(markdown);
        var (links, blocks, inlines) = (nodes.LinksAndAutolinks, nodes.HtmlBlocks, nodes.HtmlInlines);
        CheckMarkdownLinks(page, links, firstLine);
        if (blocks.Count == 0 && inlines.Count == 0) return [];
        var positions = new SourcePositions(page.Content);
        var cleaner = settings.Sanitize ? new RawHtmlCleaner(settings.SiteHost) : null;
        foreach (var block in blocks)
        {
            var (html, offsets) = Join(block.Lines);
            var findings = new List<RawHtmlFinding>();
            if (cleaner is not null) block.Lines = new StringLineGroup(cleaner.Clean(html, findings));
            else findings.AddRange(Check(html));
            Report(findings, f => offsets(f.Offset));
        }
        foreach (var inline in inlines)
        {
            var findings = new List<RawHtmlFinding>();
            if (cleaner is not null) inline.Tag = cleaner.Clean(inline.Tag, findings);
            else findings.AddRange(Check(inline.Tag));
            Report(findings, f => inline.Span.Start + f.Offset);
        }
        return [];

        void Report(List<RawHtmlFinding> findings, Func<RawHtmlFinding, int> sourceOffset)
        {
            foreach (var finding in findings)
            {
                var (line, column) = positions.Of(sourceOffset(finding));
                diagnostics.Warning(finding.Code, page.SourcePath, firstLine + line, column, finding.Message);
            }
        }
    }

    /// <summary>Markdown links and autolinks can carry script URLs too (<c>[x](javascript:…)</c>); with
    /// sanitize on, such a URL is emptied.</summary>
    private void CheckMarkdownLinks(Document page, List<Inline> links, int firstLine)
    {
        foreach (var inline in links)
        {
            var url = inline switch { LinkInline link => link.Url, AutolinkInline autolink => autolink.Url, _ => null };
            if (url is null || RawHtmlUrls.ScriptScheme(url) is not { } scheme) continue;
            var what = inline is LinkInline { IsImage: true } ? "image" : "link";
            if (settings.Sanitize)
            {
                if (inline is LinkInline link) link.Url = "";
                else ((AutolinkInline)inline).Url = "";
                diagnostics.Warning(DiagnosticCodes.RawHtmlSanitized, page.SourcePath, firstLine + inline.Line, inline.Column + 1,
                    $"html.sanitize removed a '{scheme}' URL from a Markdown {what}. Link to a page or file instead");
            }
            else
                diagnostics.Warning(DiagnosticCodes.RawHtmlScriptUrl, page.SourcePath, firstLine + inline.Line, inline.Column + 1,
                    $"The Markdown {what} has a '{scheme}' URL, which runs script. Link to a page or file instead");
        }
    }

    private IEnumerable<RawHtmlFinding> Check(string html) =>
        RawHtmlScanner.Scan(html).SelectMany(token => RawHtmlChecks.Check(token, settings.SiteHost));

    /// <summary>The block's lines as one text, and the map from an offset in it to the offset in the source
    /// (the lines of a block inside a list or quote are not contiguous there).</summary>
    private static (string Html, Func<int, int> SourceOffset) Join(StringLineGroup lines)
    {
        var text = new StringBuilder();
        var starts = new List<(int Joined, int Source)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var slice = lines.Lines[i].Slice;
            starts.Add((text.Length, slice.Start));
            text.Append(slice.AsSpan()).Append('\n');
        }
        return (text.ToString(), offset =>
        {
            var (joined, source) = starts.Last(s => s.Joined <= offset);
            return source + offset - joined;
        });
    }
}
