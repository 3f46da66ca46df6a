using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Lotse.Blocks.Markdown;

/// <summary>Anchors written for other generators' slugs: GitHub, kramdown and pandoc keep umlauts
/// (<c>#schritt-für-schritt</c>), VitePress drops their dots (<c>#fur</c>), pandoc drops punctuation without a dash.
/// Each means the heading whose text gives the same letters and digits once accents are dropped. MediaWiki's legacy
/// anchors (pages converted from a wiki: <c>#Liste_der_.C3.BCberschriebenen_Dateien</c>, UTF-8 bytes as <c>.XX</c>) are
/// read decoded when they match nothing as written.</summary>
public static partial class ForeignAnchor
{
    [GeneratedRegex(@"(?:\.[0-9A-F]{2})+")]
    private static partial Regex MediaWikiBytes();

    /// <summary>The id of the heading of <paramref name="headings"/> that <paramref name="anchor"/> means: its own id,
    /// else the first whose text or id has the same key; null when none ("" for a heading without id: the page).</summary>
    public static string? Match(IReadOnlyList<Heading> headings, string anchor)
    {
        foreach (var heading in headings)
            if (heading.Id.Length > 0 ? heading.Id == anchor : heading.Text.EndsWith("\n" + anchor, StringComparison.Ordinal)) return anchor;
        return ByKey(headings, Key(anchor)) ?? (MediaWikiBytes().IsMatch(anchor) ? ByKey(headings, Key(MediaWikiDecoded(anchor))) : null);
    }

    private static string? ByKey(IReadOnlyList<Heading> headings, string key)
    {
        if (key.Length == 0) return null;
        foreach (var heading in headings)
            if (heading.Text.Split('\n').Any(t => Key(t) == key) || heading.Id.Length > 0 && Key(heading.Id) == key) return heading.Id;
        return null;
    }

    /// <summary><c>xupdate_.C3.BCberschriebenen</c> → <c>xupdate_überschriebenen</c>; bytes that are no UTF-8 stay as written.</summary>
    private static string MediaWikiDecoded(string anchor) => MediaWikiBytes().Replace(anchor, match =>
    {
        var bytes = match.Value.Split('.', StringSplitOptions.RemoveEmptyEntries).Select(h => Convert.ToByte(h, 16)).ToArray();
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return match.Value;
        }
    });

    /// <summary>Letters and digits, lower case, accents dropped (ä → a, ß → ss).</summary>
    public static string Key(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Replace("ß", "ss", StringComparison.Ordinal).Replace("ẞ", "ss", StringComparison.Ordinal).Normalize(NormalizationForm.FormD))
            if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }
}
