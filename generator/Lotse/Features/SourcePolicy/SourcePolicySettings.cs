using Lotse.Blocks.Config;
using System.Globalization;

namespace Lotse.Features.SourcePolicy;

/// <summary>
/// The source policy from <c>sources:</c> in <c>lotse.yml</c>; without that section there is no policy:
/// <code>
/// sources:
///   refused: [example-mirror.com]   # domains (with their subdomains) no source may come from
///   allowed: [bund.de]              # optional: when given, sources may come only from these domains
///   homepages: refused              # refused (default): a source must name a page, not a bare homepage; or allowed
///   unverified:                     # sources not yet checked in the original; a page citing one is marked 'ungeprueft: true'
///     - https://example.org/law/§1.html
///     - https://example.org/drafts/*      # every URL that starts so
///     - url: https://example.org/old.pdf
///       replacement: https://example.org/new.html   # a checked source found since: a warning until pages cite it
///   markedPages: note               # note (default): a marked page is an info line; warning: it fails --strict
/// </code>
/// </summary>
internal sealed record SourcePolicySettings(
    IReadOnlyList<string> Refused,
    IReadOnlyList<string> Allowed,
    bool HomepagesRefused,
    IReadOnlyList<UnverifiedSource> Unverified,
    MarkedPages MarkedPages,
    IReadOnlyList<SettingProblem> Problems)
{
    public const string Section = "sources";

    public static SourcePolicySettings? From(IReadOnlyDictionary<string, object?> config)
    {
        if (!config.TryGetValue(Section, out var value) || value is null) return null;
        var problems = new List<SettingProblem>();
        if (value is not Dictionary<string, object?> map)
        {
            problems.Add(new($"'{Section}' must be a mapping with 'refused', 'allowed', 'homepages', 'unverified' and 'markedPages'", Section));
            return new SourcePolicySettings([], [], true, [], MarkedPages.Note, problems);
        }
        foreach (var key in map.Keys.Where(k => k is not ("refused" or "allowed" or "homepages" or "unverified" or "markedPages")))
            problems.Add(new($"'{Section}.{key}' is unknown{SettingTypes.DidYouMean(key, ["refused", "allowed", "homepages", "unverified", "markedPages"])}. Use 'refused', 'allowed', 'homepages', 'unverified' or 'markedPages'", Section, key) { AtKey = true });

        var homepages = Text(map.GetValueOrDefault("homepages")) ?? "refused";
        if (homepages is not ("refused" or "allowed"))
            problems.Add(new($"'{Section}.homepages: {homepages}' is unknown. Use 'refused' or 'allowed'", Section, "homepages"));
        var marked = Text(map.GetValueOrDefault("markedPages")) ?? "note";
        if (marked is not ("note" or "warning"))
            problems.Add(new($"'{Section}.markedPages: {marked}' is unknown. Use 'note' or 'warning'", Section, "markedPages"));

        return new SourcePolicySettings(
            Domains(map, "refused", problems),
            Domains(map, "allowed", problems),
            homepages != "allowed",
            UnverifiedList(map.GetValueOrDefault("unverified"), problems),
            marked == "warning" ? MarkedPages.Warning : MarkedPages.Note,
            problems);
    }

    private static List<string> Domains(Dictionary<string, object?> map, string key, List<SettingProblem> problems)
    {
        var result = new List<string>();
        var index = -1;
        foreach (var item in List(map.GetValueOrDefault(key)))
        {
            index++;
            var domain = Text(item)?.Trim().TrimEnd('.').ToLowerInvariant();
            if (string.IsNullOrEmpty(domain) || domain.Contains('/') || domain.Contains(':'))
                problems.Add(new($"'{Section}.{key}' holds '{Text(item)}', which is not a domain. Write domains such as 'example.org'", Section, key, index));
            else result.Add(domain);
        }
        return result;
    }

    private static List<UnverifiedSource> UnverifiedList(object? value, List<SettingProblem> problems)
    {
        var result = new List<UnverifiedSource>();
        var index = -1;
        foreach (var item in List(value))
        {
            index++;
            var (url, replacement) = item is Dictionary<string, object?> entry
                ? (Text(entry.GetValueOrDefault("url")), Text(entry.GetValueOrDefault("replacement")))
                : (Text(item), null);
            if (string.IsNullOrWhiteSpace(url))
                problems.Add(new($"An entry of '{Section}.unverified' has no URL. Write a URL, or 'url:' with an optional 'replacement:'", Section, "unverified", index));
            else result.Add(new UnverifiedSource(url.Trim(), string.IsNullOrWhiteSpace(replacement) ? null : replacement.Trim()));
        }
        return result;
    }

    private static IEnumerable<object?> List(object? value) => value switch
    {
        null => [],
        List<object?> list => list,
        _ => [value],
    };

    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
