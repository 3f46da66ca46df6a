
using Lotse.Blocks.Markdown;
using Lotse.Blocks.Paths;
using Lotse.Blocks.Diagnostics;
using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.Scaffolding;

/// <summary>Warns about each placeholder (<c>TODO: …</c>, as <c>lotse new</c> writes them) left in a page: in a front
/// matter value (at the key's line) or in the text (at its line and column; code blocks are left alone). A warning,
/// so a <c>--strict</c> build refuses to publish a page with placeholders.</summary>
internal sealed class CheckPlaceholders : DocumentModule
{
    protected override Document? Execute(Document page, BuildContext context)
    {
        if (page.Metadata.Get(ContentKeys.IsGenerated) is true || page.Metadata.Get(ContentKeys.Failed) is true ||
            !MarkdownFiles.IsPage(page.SourcePath)) return page;
        // In lotse serve, a page found without placeholders before comes again as the same document.
        if (context.Cache?.Slot<ScaffoldingCache>().WithoutPlaceholders.IsClean(page) == true) return page;

        var inFrontMatter = page.Metadata.Pairs.Any(p => FirstPlaceholder(p.Value) is not null);
        if (inFrontMatter) CheckFrontMatter(page, context);
        // Only a line with the marker can hold a placeholder; most pages have none, and need no walk over their lines.
        var inText = page.Content.Contains(Placeholder.Marker, StringComparison.Ordinal);
        if (inText) CheckText(page, context);
        if (!inFrontMatter && !inText) context.Cache?.Slot<ScaffoldingCache>().WithoutPlaceholders.MarkClean(page);
        return page;
    }

    private static void CheckFrontMatter(Document page, BuildContext context)
    {
        foreach (var (key, value) in page.Metadata.Pairs.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (key.StartsWith("lotse.", StringComparison.Ordinal) || FirstPlaceholder(value) is not { } text) continue;
            var (line, column) = FrontMatterLine.Of(context.Options.Root, page.SourcePath, key);
            context.Diagnostics.Warning(DiagnosticCodes.PlaceholderLeft, page.SourcePath, line, column,
                $"'{key}' still has the placeholder '{Short(text)}'. Replace it with the real value");
        }
    }

    private static void CheckText(Document page, BuildContext context)
    {
        var lineNumber = page.BodyLine() - 1;
        var code = new CodeFence();
        foreach (var line in page.Content.Split('\n'))
        {
            lineNumber++;
            if (code.Covers(line)) continue;
            var at = line.IndexOf(Placeholder.Marker, StringComparison.Ordinal);
            if (at < 0) continue;
            context.Diagnostics.Warning(DiagnosticCodes.PlaceholderLeft, page.SourcePath, lineNumber, at + 1,
                $"The text still has the placeholder '{Short(line[at..].TrimEnd())}'. Write the text, or remove the line");
        }
    }

    private static string? FirstPlaceholder(object? value) => value switch
    {
        string s when s.TrimStart().StartsWith(Placeholder.Marker, StringComparison.Ordinal) => s.Trim(),
        IEnumerable<object?> list => list.Select(FirstPlaceholder).FirstOrDefault(t => t is not null),
        IDictionary<string, object?> map => map.Values.Select(FirstPlaceholder).FirstOrDefault(t => t is not null),
        _ => null,
    };

    private static string Short(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
