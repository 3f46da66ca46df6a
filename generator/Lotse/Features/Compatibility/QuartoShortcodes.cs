using System.Text;
using System.Text.RegularExpressions;
using Lotse.Blocks.Diagnostics;
using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.Compatibility;

/// <summary>Quarto's shortcodes other than <c>include</c> (<see cref="QuartoIncludes"/>): <c>{{&lt; pagebreak &gt;}}</c>
/// (a page break of the PDF and Word editions) is left out of the page; any other (<c>{{&lt; video … &gt;}}</c>,
/// <c>{{&lt; meta … &gt;}}</c>) is LOT0178 and stays as text. Escaped ones (<c>{{{&lt; … &gt;}}}</c>) and those in
/// fenced code are text.</summary>
internal sealed partial class QuartoShortcodes : DocumentModule
{
    [GeneratedRegex(@"(?<!\{)\{\{<\s*(?<name>[\w-]+)(?<args>[^>]*)>\}\}(?!\})")]
    private static partial Regex Shortcode();

    [GeneratedRegex(@"^[ \t]{0,3}(```|~~~)", RegexOptions.Multiline)]
    private static partial Regex Fence();

    protected override Document? Execute(Document document, BuildContext context)
    {
        var body = document.Content;
        if (!body.Contains("{{<", StringComparison.Ordinal)) return document;
        var sb = new StringBuilder(body.Length);
        var position = 0;
        var inFence = false;
        foreach (Match fence in Fence().Matches(body))
        {
            sb.Append(inFence ? body[position..fence.Index] : Replace(body[position..fence.Index], position, document, context));
            position = fence.Index;
            inFence = !inFence;
        }
        sb.Append(inFence ? body[position..] : Replace(body[position..], position, document, context));
        var text = sb.ToString();
        return text == body ? document : document with { Content = text };
    }

    private static string Replace(string chunk, int offset, Document document, BuildContext context) => Shortcode().Replace(chunk, match =>
    {
        var name = match.Groups["name"].Value;
        if (name == "pagebreak") return "";
        if (name == "include") return match.Value; // reported by QuartoIncludes when it names no file
        var before = document.Content.AsSpan(0, offset + match.Index);
        context.Diagnostics.Warning(DiagnosticCodes.ShortcodeUnknown, document.SourcePath, document.BodyLine() + before.Count('\n'),
            offset + match.Index - (before.LastIndexOf('\n') + 1) + 1,
            $"Quarto's shortcode '{{{{< {name} >}}}}' has no meaning in Lotse; it stays as text. Replace it with Markdown (a link, an image, the value itself)");
        return match.Value;
    });
}
