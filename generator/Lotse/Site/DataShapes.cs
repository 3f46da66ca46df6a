using System.Globalization;
using Lotse.Blocks.Data;
using Lotse.Blocks.Diagnostics;
using Lotse.Blocks.Html;
using Lotse.Site.Navigation;

namespace Lotse.Site;

/// <summary>The shape of a data file the build or a feature reads: a list whose entries are texts (<c>nav.yml</c>),
/// or mappings with required and optional keys.</summary>
internal sealed record DataShape(string Example, Func<object?, bool>? IsEntry = null, IReadOnlyList<string>? Required = null, IReadOnlyList<string>? Texts = null, IReadOnlyList<string>? TextsOrLists = null);

/// <summary>The data files with a known shape (<c>content/_data/NAME.yml</c>), checked when they are read; and, in every
/// data file, each text that a layout could put into a link: a script URL (<c>javascript:</c> …) is refused, and in
/// keys named <c>url</c>, <c>link</c>, <c>href</c> or <c>website</c> only http, https, mailto, tel and relative URLs pass.</summary>
internal static class DataShapes
{
    public static readonly IReadOnlyDictionary<string, DataShape> Known = new Dictionary<string, DataShape>(StringComparer.Ordinal)
    {
        ["nav"] = new("- anleitungen/index.md' or '- Grundlagen: [ anleitungen/start.md, { title: Recht, pages: [recht] } ]", IsEntry: NavYaml.IsEntry),
        ["glossar"] = new("- { begriff: BGB, langform: Bürgerliches Gesetzbuch, erklaerung: Ein Satz. }",
            Required: ["begriff"], Texts: ["begriff", "langform", "erklaerung"], TextsOrLists: ["synonyme"]),
        ["rollen"] = new("- { id: koordination, name: Koordination, kurz: KO }",
            Required: ["id"], Texts: ["id", "name", "kurz", "beschreibung"]),
    };

    private static readonly string[] UrlKeys = ["url", "link", "href", "website"];
    private static readonly string[] ScriptSchemes = ["javascript", "vbscript", "data", "livescript"];

    /// <summary>Reports every problem of <paramref name="value"/>; returns false when the file's shape is wrong (it is then not used).</summary>
    public static bool Check(string name, string relative, string text, object? value, DiagnosticBag diagnostics)
    {
        var fine = true;
        if (Known.TryGetValue(name, out var shape)) fine = CheckShape(name, relative, text, value, shape, diagnostics);
        CheckUrls(relative, text, value, null, diagnostics);
        return fine;
    }

    private static bool CheckShape(string name, string relative, string text, object? value, DataShape shape, DiagnosticBag diagnostics)
    {
        if (value is null) return true;
        var hint = $"Write it like '{shape.Example}'";
        if (value is not List<object?> entries)
        {
            diagnostics.Error(DiagnosticCodes.DataFileShape, relative, 1, 1,
                $"{name} must be a list (lines starting with '- '), not {FrontMatterTypes.Describe(value)}. {hint}");
            return false;
        }
        var fine = true;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var at = $"Entry {i + 1}";
            if (shape.IsEntry is { } isEntry)
            {
                if (isEntry(entry)) continue;
                Report($"{at} of {name} must be a path, 'Titel: path', 'Titel: [list]' or '{{ title, page, pages }}', not {FrontMatterTypes.Describe(entry)}");
                continue;
            }
            if (entry is not Dictionary<string, object?> map)
            {
                Report($"{at} of {name} must be a mapping (key: value lines), not {FrontMatterTypes.Describe(entry)}");
                continue;
            }
            foreach (var key in shape.Required ?? [])
                if (map.GetValueOrDefault(key) is null or "") Report($"{at} of {name} has no '{key}'");
            foreach (var key in shape.Texts ?? [])
                if (map.GetValueOrDefault(key) is { } v and not (string or long or double))
                    Report($"'{key}' in {at.ToLowerInvariant()} of {name} must be a text, not {FrontMatterTypes.Describe(v)}");
            foreach (var key in shape.TextsOrLists ?? [])
                if (map.GetValueOrDefault(key) is { } v and not (string or long or double) &&
                    !(v is List<object?> l && l.All(o => o is string or long or double)))
                    Report($"'{key}' in {at.ToLowerInvariant()} of {name} must be a text or a list of texts, not {FrontMatterTypes.Describe(v)}");
        }
        return fine;

        void Report(string message)
        {
            fine = false;
            diagnostics.Error(DiagnosticCodes.DataFileShape, relative, 1, 1, $"{message}. {hint}");
        }
    }

    private static void CheckUrls(string relative, string text, object? value, string? key, DiagnosticBag diagnostics)
    {
        switch (value)
        {
            case Dictionary<string, object?> map:
                foreach (var (k, v) in map) CheckUrls(relative, text, v, k, diagnostics);
                break;
            case List<object?> list:
                foreach (var v in list) CheckUrls(relative, text, v, key, diagnostics);
                break;
            case string s:
                var scheme = UrlPolicy.Scheme(s);
                if (scheme is null) break;
                var isUrlKey = key is not null && UrlKeys.Contains(key.ToLowerInvariant());
                if (isUrlKey ? UrlPolicy.RefusedScheme(s) is null : !ScriptSchemes.Contains(scheme)) break;
                var (line, column) = Find(text, s);
                diagnostics.Error(DiagnosticCodes.UrlSchemeRefused, relative, line, column,
                    $"{(key is null ? "A value" : $"'{key}'")} holds the URL '{(s.Length > 60 ? s[..60] + "…" : s)}'. {UrlPolicy.Advice(scheme)}");
                break;
        }
    }

    /// <summary>The line and column of the first occurrence of <paramref name="value"/> in the file, or (1, 1).</summary>
    private static (int Line, int Column) Find(string text, string value)
    {
        var at = text.IndexOf(value, StringComparison.Ordinal);
        if (at < 0) return (1, 1);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < at; i++)
            if (text[i] == '\n') { line++; lineStart = i + 1; }
        return (line, at - lineStart + 1);
    }

    internal static string Invariant(object? o) => Convert.ToString(o, CultureInfo.InvariantCulture) ?? "";
}
