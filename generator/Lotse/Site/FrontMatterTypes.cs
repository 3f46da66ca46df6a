using System.Globalization;
using Lotse.Blocks.Html;

namespace Lotse.Site;

/// <summary>The kinds of value a front matter key may hold.</summary>
public enum ValueKind
{
    /// <summary>One line of text (a number counts as its text); never a list or mapping.</summary>
    Text,
    /// <summary>A number.</summary>
    Number,
    /// <summary><c>true</c> or <c>false</c>, unquoted (<c>yes</c>, <c>"true"</c> are errors).</summary>
    Flag,
    /// <summary>A calendar date <c>YYYY-MM-DD</c>.</summary>
    Date,
    /// <summary>A text or a list of texts.</summary>
    TextOrList,
    /// <summary>A list of URLs (relative, https, http, mailto, tel).</summary>
    UrlList,
}

/// <summary>The type of one front matter key, with an example for the diagnostic.</summary>
public sealed record FrontMatterType(ValueKind Kind, string Example);

/// <summary>The one table of the types of the site's front matter keys: the build checks every page and every
/// <c>_dir.yml</c> against it (<see cref="Modules.ExtractFrontMatter"/>); features add their keys through
/// <see cref="IFeature.FrontMatterTypes"/>.</summary>
public static class FrontMatterTypes
{
    public static readonly IReadOnlyDictionary<string, FrontMatterType> Site = new Dictionary<string, FrontMatterType>(StringComparer.Ordinal)
    {
        [Keys.Title] = new(ValueKind.Text, "title: Basisdienste"),
        [Keys.Description] = new(ValueKind.Text, "description: Ein Satz, worum es geht."),
        [Keys.Order] = new(ValueKind.Number, "order: 10"),
        [Keys.Layout] = new(ValueKind.Text, "layout: page"),
        [Keys.Draft] = new(ValueKind.Flag, "draft: true"),
        [Keys.Aliases] = new(ValueKind.TextOrList, "aliases: [alte/adresse]"),
        [Keys.Area] = new(ValueKind.Text, "bereich: leitfaden"),
        [Keys.Stand] = new(ValueKind.Date, "stand: 2024-07-01"),
        [Keys.Sources] = new(ValueKind.UrlList, "quellen: [https://example.org/gesetz]"),
        [Keys.Tags] = new(ValueKind.TextOrList, "tags: [Frist, Recht]"),
        ["nav"] = new(ValueKind.Flag, "nav: false"),
        ["nav_title"] = new(ValueKind.Text, "nav_title: Kurztitel"),
        ["suche"] = new(ValueKind.Flag, "suche: false"),
    };

    /// <summary>What is wrong with <paramref name="value"/> for a key of <paramref name="type"/>, or null when it fits.</summary>
    public static string? Problem(object? value, FrontMatterType type)
    {
        if (value is null) return null; // an empty value is the same as no value
        var problem = type.Kind switch
        {
            ValueKind.Text => IsText(value) ? null : $"must be a text, not {Describe(value)}",
            ValueKind.Number => value is long or double ? null : $"must be a number, not {Describe(value)}",
            ValueKind.Flag => value is bool ? null : $"must be true or false (unquoted), not {Describe(value)}",
            ValueKind.Date => value is string s && IsDate(s) ? null :
                value is string t ? $"must be a calendar date YYYY-MM-DD, and '{t}' is none" : $"must be a calendar date YYYY-MM-DD, not {Describe(value)}",
            ValueKind.TextOrList => IsText(value) || value is List<object?> list && list.All(IsText) ? null :
                $"must be a text or a list of texts, not {DescribeList(value)}",
            ValueKind.UrlList => IsText(value) || value is List<object?> urls && urls.All(IsText) ? null :
                $"must be a list of addresses, not {DescribeList(value)}",
            _ => null,
        };
        return problem is null ? null : $"{problem}. Write it like '{type.Example}'";
    }

    /// <summary>The entries of a URL list whose scheme is refused (<see cref="UrlPolicy"/>), with their scheme.</summary>
    public static IEnumerable<(string Url, string Scheme)> RefusedUrls(object? value) =>
        (value switch { List<object?> list => list, null => [], _ => [value] })
        .OfType<string>()
        .Select(u => (u, UrlPolicy.RefusedScheme(u)))
        // "TODO: https://…" is the placeholder of lotse new (reported as LOT0711), and an inert link, not a script URL.
        .Where(p => p.Item2 is not null and not "todo")
        .Select(p => (p.u, p.Item2!));

    public static bool IsDate(string text) =>
        text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static bool IsText(object? value) => value is string or long or double;

    /// <summary>"a list with a mapping" for a list with an entry of the wrong kind, else <see cref="Describe"/>.</summary>
    private static string DescribeList(object? value) =>
        value is List<object?> list && list.Any(o => !IsText(o))
            ? $"a list with {(list.First(o => !IsText(o)) is { } odd ? Describe(odd) : "an empty entry")}"
            : Describe(value);

    public static string Describe(object? value) => value switch
    {
        List<object?> => "a list",
        Dictionary<string, object?> => "a mapping",
        bool b => b ? "true" : "false",
        long or double => $"the number {Convert.ToString(value, CultureInfo.InvariantCulture)}",
        string s => $"the text '{(s.Length > 40 ? s[..40] + "…" : s)}'",
        _ => "this value",
    };
}
