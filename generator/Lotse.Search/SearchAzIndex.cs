using System.Globalization;

namespace Lotse.Search;

/// <summary>
/// The A–Z list of all pages and FAQ questions that the search page shows without JavaScript (and
/// while nothing is typed): page documents only (no sections), sorted by German rules, umlauts under
/// their base letter.
/// </summary>
public static class SearchAzIndex
{
    private static readonly CompareInfo German = CultureInfo.GetCultureInfo("de-DE").CompareInfo;

    public static IReadOnlyList<SearchAzLetter> Build(IEnumerable<SearchDocument> docs)
    {
        var entries = docs
            .Where(d => d.Section is null || d.IsFaq)
            .Select(d => new SearchAzEntry(d.IsFaq && d.Section is not null ? d.Section : d.Title, d.Url, d.Area, d.IsFaq))
            .GroupBy(e => e.Url + "\n" + e.Title, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(e => e.Title, Comparer<string>.Create((a, b) => German.Compare(a, b, CompareOptions.IgnoreCase)))
            .ThenBy(e => e.Url, StringComparer.Ordinal)
            .ToArray();
        return entries
            .GroupBy(e => LetterOf(e.Title))
            .Select(g => new SearchAzLetter(g.Key, g.ToArray()))
            .ToArray();
    }

    public static string LetterOf(string title)
    {
        foreach (var c in title)
        {
            if (char.IsDigit(c))
            {
                return "0–9";
            }
            if (!char.IsLetter(c))
            {
                continue;
            }
            var baseLetter = c.ToString().Normalize(System.Text.NormalizationForm.FormD)[0];
            var upper = char.ToUpperInvariant(baseLetter);
            return upper is >= 'A' and <= 'Z' ? upper.ToString() : "#";
        }
        return "#";
    }
}
