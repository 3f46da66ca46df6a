namespace Lotse.Features.ContentChecks;

/// <summary>Which of a page's words in capitals the page also writes in lower or title case ("WICHTIG" and "wichtig",
/// <see cref="AbbreviationRules.IsShouted"/>), for all of them at once, in time linear in the page's length: a page
/// with many different abbreviations must not search its whole text once for each (a 2 MB page took minutes).</summary>
internal static class ShoutedWords
{
    /// <summary>Up to this many forms are searched one by one (vectorised, fastest for a few); more in one pass over
    /// the text that looks each position up.</summary>
    private const int FormsSearchedOneByOne = 16;

    /// <summary>The <paramref name="words"/> that <see cref="AbbreviationRules.IsShouted"/> holds for in
    /// <paramref name="pageText"/>.</summary>
    public static HashSet<string> Find(IEnumerable<string> words, string pageText)
    {
        var formsOf = new Dictionary<string, (string Lower, string Title)>(StringComparer.Ordinal);
        foreach (var word in words)
            if (!formsOf.ContainsKey(word) && AbbreviationRules.InCapitals(word))
                formsOf[word] = (word.ToLowerInvariant(), word[0] + word[1..].ToLowerInvariant());
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (lower, title) in formsOf.Values) { forms.Add(lower); forms.Add(title); }
        var written = forms.Count <= FormsSearchedOneByOne
            ? forms.Where(form => pageText.Contains(form, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal)
            : FormsIn(pageText, forms);
        return formsOf.Where(w => written.Contains(w.Value.Lower) || written.Contains(w.Value.Title))
            .Select(w => w.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The <paramref name="forms"/> that occur in <paramref name="text"/>: every position is looked up once per
    /// length of a form (forms have 3 to 10 characters).</summary>
    private static HashSet<string> FormsIn(string text, HashSet<string> forms)
    {
        var lookup = forms.GetAlternateLookup<ReadOnlySpan<char>>();
        var lengths = forms.Select(f => f.Length).Distinct().Order().ToArray();
        var found = new HashSet<string>(StringComparer.Ordinal);
        var span = text.AsSpan();
        for (var i = 0; i < span.Length && found.Count < forms.Count; i++)
            foreach (var length in lengths)
            {
                if (i + length > span.Length) break;
                if (lookup.TryGetValue(span.Slice(i, length), out var form)) found.Add(form);
            }
        return found;
    }
}
