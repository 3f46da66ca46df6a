using System.Globalization;
using Lotse.Blocks.Data;
using Lotse.Blocks.Html;

namespace Lotse.Site;

/// <summary>Checks a front-matter value against its key's type (<see cref="FrontMatterKey"/>, declared by the site in
/// <see cref="Keys.OfPages"/> and by the features): the build checks every page and every <c>_dir.yml</c>
/// (<see cref="Modules.ExtractFrontMatter"/>).</summary>
internal static class FrontMatterTypes
{
    /// <summary>What is wrong with <paramref name="value"/> for a key of <paramref name="type"/>, or null when it fits.</summary>
    public static string? Problem(object? value, FrontMatterKey key)
    {
        if (value is null) return null; // an empty value is the same as no value
        var problem = key.Type switch
        {
            FrontMatterType.Text or FrontMatterType.Layout or FrontMatterType.Area => IsText(value) ? null : $"must be a text, not {Describe(value)}",
            FrontMatterType.Integer => value is long or double ? null : $"must be a number, not {Describe(value)}",
            FrontMatterType.Flag => value is bool ? null : $"must be true or false (unquoted), not {Describe(value)}",
            FrontMatterType.Date => value is string s && IsDate(s) ? null :
                value is string t ? $"must be a calendar date YYYY-MM-DD, and '{t}' is none" : $"must be a calendar date YYYY-MM-DD, not {Describe(value)}",
            FrontMatterType.TextOrList or FrontMatterType.RoleIds => IsText(value) || value is List<object?> list && list.All(IsText) ? null :
                $"must be a text or a list of texts, not {DescribeList(value)}",
            FrontMatterType.Addresses => IsText(value) || value is List<object?> urls && urls.All(IsText) ? null :
                $"must be a list of addresses, not {DescribeList(value)}",
            _ => null,
        };
        return problem is null ? null : $"{problem}. Write it like '{key.WrittenLike}'";
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

    public static string Describe(object? value) => ValueDescription.Of(value);
}
