using System.Globalization;
using Lotse.Blocks.Data;
using Lotse.Blocks.Diagnostics;
using Lotse.Blocks.Html;
using Lotse.Site.Navigation;

namespace Lotse.Site;

/// <summary>The shape of a data file the build or a feature reads: a list whose entries are texts (<c>nav.yml</c>),
/// or mappings with required and optional keys, one of which (<paramref name="Unique"/>) names the entry and may not repeat.</summary>
internal sealed record DataShape(string Example, Func<object?, bool>? IsEntry = null, IReadOnlyList<string>? Required = null, IReadOnlyList<string>? Texts = null,
    IReadOnlyList<string>? TextsOrLists = null, string? Unique = null)
{
    /// <summary>Every key an entry may have.</summary>
    public IEnumerable<string> Keys => (Required ?? []).Concat(Texts ?? []).Concat(TextsOrLists ?? []).Distinct(StringComparer.Ordinal);
}

/// <summary>The data files with a known shape (<c>content/_data/NAME.yml</c>), checked when they are read; and, in every
/// data file, each text that a layout could put into a link: a script URL (<c>javascript:</c> …) is refused, and in
/// keys named <c>url</c>, <c>link</c>, <c>href</c> or <c>website</c> only http, https, mailto, tel and relative URLs pass.</summary>
internal static class DataShapes
{
    public static readonly IReadOnlyDictionary<string, DataShape> Known = new Dictionary<string, DataShape>(StringComparer.Ordinal)
    {
        ["nav"] = new("- anleitungen/index.md' or '- Grundlagen: [ anleitungen/start.md, { title: Recht, pages: [recht] } ]", IsEntry: NavYaml.IsEntry),
        ["glossar"] = new("- { begriff: BGB, langform: Bürgerliches Gesetzbuch, erklaerung: Ein Satz. }",
            Required: ["begriff"], Texts: ["begriff", "langform", "erklaerung"], TextsOrLists: ["synonyme"], Unique: "begriff"),
        ["rollen"] = new("- { id: koordination, name: Koordination, kurz: KO }",
            Required: ["id"], Texts: ["id", "name", "kurz", "beschreibung"], Unique: "id"),
    };

    private static readonly string[] UrlKeys = ["url", "link", "href", "website"];
    private static readonly string[] ScriptSchemes = ["javascript", "vbscript", "data", "livescript"];

    /// <summary>Reports every problem of <paramref name="value"/>; returns false when the file's shape is wrong (it is then not used).</summary>
    public static bool Check(string name, string relative, string text, object? value, DiagnosticBag diagnostics)
    {
        var fine = true;
        YamlPositions? positions = null; // read only when there is something to report
        YamlPositions At() => positions ??= YamlPositions.Of(text);
        if (Known.TryGetValue(name, out var shape)) fine = CheckShape(name, relative, At, value, shape, diagnostics);
        CheckUrls(relative, At, value, [], diagnostics);
        return fine;
    }

    private static bool CheckShape(string name, string relative, Func<YamlPositions> at, object? value, DataShape shape, DiagnosticBag diagnostics)
    {
        if (value is null) return true;
        var hint = $"Write it like '{shape.Example}'";
        if (value is not List<object?> entries)
        {
            var (line, column) = at().Value();
            diagnostics.Error(DiagnosticCodes.DataFileShape, relative, line, column,
                $"{name} must be a list (lines starting with '- '), not {FrontMatterTypes.Describe(value)}. {hint}");
            return false;
        }
        var fine = true;
        // The entry that first had each name: a second one would be a second glossary entry with the same anchor, or an
        // ambiguous role (names that differ in case only count as the same, as their anchors do).
        var named = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var entryName = $"Entry {i + 1}";
            var index = i;
            if (shape.IsEntry is { } isEntry)
            {
                if (isEntry(entry)) continue;
                Report([index], $"{entryName} of {name} must be a path, 'Titel: path', 'Titel: [list]' or '{{ title, page, pages }}', not {FrontMatterTypes.Describe(entry)}");
                continue;
            }
            if (entry is not Dictionary<string, object?> map)
            {
                Report([index], $"{entryName} of {name} must be a mapping (key: value lines), not {FrontMatterTypes.Describe(entry)}");
                continue;
            }
            foreach (var key in shape.Required ?? [])
                if (map.GetValueOrDefault(key) is null or "") Report([index, key], $"{entryName} of {name} has no '{key}'");
            foreach (var key in shape.Texts ?? [])
                if (map.GetValueOrDefault(key) is { } v and not (string or long or double))
                    Report([index, key], $"'{key}' in {entryName.ToLowerInvariant()} of {name} must be a text, not {FrontMatterTypes.Describe(v)}");
            foreach (var key in shape.TextsOrLists ?? [])
                if (map.GetValueOrDefault(key) is { } v and not (string or long or double) &&
                    !(v is List<object?> l && l.All(o => o is string or long or double)))
                    Report([index, key], $"'{key}' in {entryName.ToLowerInvariant()} of {name} must be a text or a list of texts, not {FrontMatterTypes.Describe(v)}");
            if (shape.Unique is { } unique && map.GetValueOrDefault(unique) is string or long or double && Invariant(map[unique]) is { Length: > 0 } id)
            {
                if (named.TryGetValue(id, out var first))
                    Report([index, unique], $"{entryName} of {name} repeats '{unique}: {id}' of entry {first + 1}. Give each entry its own {unique}, or merge the two");
                else named[id] = index;
            }
            foreach (var key in map.Keys.Where(k => !shape.Keys.Contains(k, StringComparer.Ordinal)).Order(StringComparer.Ordinal))
            {
                var (line, column) = at().Key([index, key]);
                diagnostics.Warning(DiagnosticCodes.DataFileKeyUnknown, relative, line, column,
                    $"'{key}' in {entryName.ToLowerInvariant()} of {name} is not a key Lotse knows{Lotse.Blocks.Config.SettingTypes.DidYouMean(key, shape.Keys)}. Layouts can still read it; if it is a typo, correct it");
            }
        }
        return fine;

        void Report(object[] path, string message)
        {
            fine = false;
            var (line, column) = at().Value(path);
            diagnostics.Error(DiagnosticCodes.DataFileShape, relative, line, column, $"{message}. {hint}");
        }
    }

    private static void CheckUrls(string relative, Func<YamlPositions> at, object? value, object[] path, DiagnosticBag diagnostics)
    {
        var key = path.OfType<string>().LastOrDefault();
        switch (value)
        {
            case Dictionary<string, object?> map:
                foreach (var (k, v) in map) CheckUrls(relative, at, v, [.. path, k], diagnostics);
                break;
            case List<object?> list:
                for (var i = 0; i < list.Count; i++) CheckUrls(relative, at, list[i], [.. path, i], diagnostics);
                break;
            case string s:
                var scheme = UrlPolicy.Scheme(s);
                if (scheme is null) break;
                var isUrlKey = key is not null && UrlKeys.Contains(key.ToLowerInvariant());
                if (isUrlKey ? UrlPolicy.RefusedScheme(s) is null : !ScriptSchemes.Contains(scheme)) break;
                var (line, column) = at().Value(path);
                diagnostics.Error(DiagnosticCodes.UrlSchemeRefused, relative, line, column,
                    $"{(key is null ? "A value" : $"'{key}'")} holds the URL '{(s.Length > 60 ? s[..60] + "…" : s)}'. {UrlPolicy.Advice(scheme)}");
                break;
        }
    }

    internal static string Invariant(object? o) => Convert.ToString(o, CultureInfo.InvariantCulture) ?? "";
}
