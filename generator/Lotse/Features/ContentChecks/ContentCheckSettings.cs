using System.Globalization;
using Lotse.Site;

namespace Lotse.Features.ContentChecks;

/// <summary>
/// Thresholds of the content checks, from <c>checks:</c> in <c>lotse.yml</c>:
/// <code>
/// checks:
///   readability: 30        # lowest Flesch-Amstad score of a page (0–100, higher is easier)
///   sentenceWords: 30      # longest sentence in words
///   passiveShare: 0.5      # share of passive sentences that makes a paragraph "heavy" (at least 2 sentences)
///   genderTerms:           # term that is not gender-neutral: suggested replacement
///     Mitarbeiter: Mitarbeitende
///   allowedAbbreviations:  # terms the abbreviation check accepts without a glossary entry
///     - WollMux
///   required: [description, stand, quellen]  # front-matter keys every page needs (LOT0708); default: [description]
/// </code>
/// Each check's severity (or off) is set by its code under <c>diagnostics:</c> (<c>LOT0709: off</c>).
/// </summary>
[FeatureContract]
internal sealed record ContentCheckSettings(double Readability, int SentenceWords, double PassiveShare, IReadOnlyDictionary<string, string> GenderTerms,
    IReadOnlySet<string> AllowedAbbreviations, IReadOnlyList<string> Required)
{
    /// <summary>The front-matter keys a page needs when <c>checks.required</c> is not set: only the description
    /// (search results show it); which facts a site asks for beyond it (a date, sources) is the site's choice.</summary>
    public static readonly IReadOnlyList<string> DefaultRequired = ["description"];

    public static readonly ContentCheckSettings Default = new(30, 30, 0.5, new Dictionary<string, string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal),
        DefaultRequired);

    public static ContentCheckSettings From(IReadOnlyDictionary<string, object?> config)
    {
        if (config.GetValueOrDefault("checks") is not Dictionary<string, object?> checks) return Default;
        var gender = new Dictionary<string, string>(StringComparer.Ordinal);
        if (checks.GetValueOrDefault("genderTerms") is Dictionary<string, object?> terms)
            foreach (var (term, replacement) in terms)
                gender[term] = Convert.ToString(replacement, CultureInfo.InvariantCulture) ?? "";
        return new ContentCheckSettings(
            Number(checks, "readability") ?? Default.Readability,
            (int)(Number(checks, "sentenceWords") ?? Default.SentenceWords),
            Number(checks, "passiveShare") ?? Default.PassiveShare,
            gender,
            checks.GetValueOrDefault("allowedAbbreviations") switch
            {
                List<object?> list => list.Select(o => Convert.ToString(o, CultureInfo.InvariantCulture) ?? "").ToHashSet(StringComparer.Ordinal),
                string one => new HashSet<string>(StringComparer.Ordinal) { one },
                _ => Default.AllowedAbbreviations,
            },
            checks.GetValueOrDefault("required") switch
            {
                List<object?> list => list.Select(o => Convert.ToString(o, CultureInfo.InvariantCulture) ?? "").Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
                string one when one.Length > 0 => [one],
                _ => DefaultRequired,
            });
    }

    private static double? Number(Dictionary<string, object?> map, string key) => map.GetValueOrDefault(key) switch
    {
        long l => l,
        double d => d,
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) => v,
        _ => null,
    };
}
