using System.Globalization;
using Lotse.Blocks.Data;
using Lotse.Blocks.Diagnostics;
using Lotse.Blocks.Html;

using Lotse.Blocks.Text;

namespace Lotse.Blocks.Config;

/// <summary>The kinds of value a setting of <c>lotse.yml</c> may hold.</summary>
internal enum SettingKind { Text, TextOrList, PathList, Flag, Number, Share, Url, Choice, Mapping, FlagOrMapping, TextMap, TextMapOrListValues, Date, CheckedWhereRead }

/// <summary>One setting: its kind, an example for the diagnostic, the keys of a mapping, the choices of a choice.</summary>
internal sealed record Setting(SettingKind Kind, string Example, IReadOnlyDictionary<string, Setting>? Keys = null, IReadOnlyList<string>? Choices = null);

/// <summary>The table of every setting of <c>lotse.yml</c> (the site's and the features'), checked on every build:
/// a value of the wrong type is an error at its line and column and falls back to the default, an unknown key is a
/// warning that names the closest known key.</summary>
internal static class SettingTypes
{
    public static readonly IReadOnlyDictionary<string, Setting> Known = new Dictionary<string, Setting>(StringComparer.Ordinal)
    {
        ["title"] = new(SettingKind.Text, "title: Mein Handbuch"),
        ["description"] = new(SettingKind.Text, "description: Ein Satz über die Website"),
        ["language"] = new(SettingKind.Text, "language: de"),
        ["baseUrl"] = new(SettingKind.Url, "baseUrl: https://lotse.example.org/"),
        ["theme"] = new(SettingKind.TextOrList, "theme: default"),
        ["search"] = new(SettingKind.Flag, "search: true"),
        ["areas"] = new(SettingKind.TextMap, "areas: { anleitungen: Anleitungen, faq: Häufige Fragen }"),
        ["links"] = new(SettingKind.Choice, "links: files", Choices: ["files", "directories"]),
        ["editUrl"] = new(SettingKind.Url, "editUrl: https://git.example.org/lotse/-/edit/main/{path}"),
        ["pdfFolder"] = new(SettingKind.Text, "pdfFolder: pdf"),
        ["print"] = new(SettingKind.Flag, "print: false"),
        ["checks"] = new(SettingKind.Mapping, "checks: { readability: 30 }", new Dictionary<string, Setting>(StringComparer.Ordinal)
        {
            ["readability"] = new(SettingKind.Number, "readability: 30"),
            ["sentenceWords"] = new(SettingKind.Number, "sentenceWords: 30"),
            ["passiveShare"] = new(SettingKind.Share, "passiveShare: 0.5"),
            ["genderTerms"] = new(SettingKind.TextMap, "genderTerms: { Mitarbeiter: Mitarbeitende }"),
            ["allowedAbbreviations"] = new(SettingKind.TextOrList, "allowedAbbreviations: [WollMux, GitHub]"),
            ["required"] = new(SettingKind.TextOrList, "required: [description, stand, quellen]"),
        }),
        // The raw HTML feature checks the types of its settings where it reads them (LOT0001).
        ["html"] = new(SettingKind.CheckedWhereRead, "html: { sanitize: true }", new Dictionary<string, Setting>(StringComparer.Ordinal)
        {
            ["sanitize"] = new(SettingKind.CheckedWhereRead, "sanitize: true"),
        }),
        ["offline"] = new(SettingKind.FlagOrMapping, "offline: { archive: website.zip }", new Dictionary<string, Setting>(StringComparer.Ordinal)
        {
            ["archive"] = new(SettingKind.Text, "archive: website.zip"),
            ["faq"] = new(SettingKind.Text, "faq: faq.html"),
            ["faq_source"] = new(SettingKind.Text, "faq_source: faq"),
            ["stand"] = new(SettingKind.Date, "stand: 2024-07-01"),
        }),
        ["claim"] = new(SettingKind.Text, "claim: Ein Satz unter dem Titel der Website"),
        ["footer"] = new(SettingKind.PathList, "footer: [impressum.md, datenschutzerklaerung.md]"),
        ["notFound"] = new(SettingKind.PathList, "notFound: [anleitung/index.md, glossar.md]"),
        ["basePath"] = new(SettingKind.CheckedWhereRead, "basePath: /handbuch/"),
        ["precompress"] = new(SettingKind.FlagOrMapping, "precompress: { gzip: true, brotli: true, minBytes: 1024, brotliQuality: 5 }", new Dictionary<string, Setting>(StringComparer.Ordinal)
        {
            ["gzip"] = new(SettingKind.Flag, "gzip: true"),
            ["brotli"] = new(SettingKind.Flag, "brotli: true"),
            ["minBytes"] = new(SettingKind.Number, "minBytes: 1024"),
            ["brotliQuality"] = new(SettingKind.Number, "brotliQuality: 5"),
            ["htmlBrotliMinBytes"] = new(SettingKind.Number, "htmlBrotliMinBytes: 65536"),
        }),
        ["titles_required"] = new(SettingKind.Flag, "titles_required: true"),
        ["links_require_md"] = new(SettingKind.Flag, "links_require_md: true"),
        ["links_from_root"] = new(SettingKind.Flag, "links_from_root: true"),
        ["public"] = new(SettingKind.Text, "public: static"),
        ["links_base"] = new(SettingKind.Text, "links_base: /docs/"),
        ["anchors_across_pages"] = new(SettingKind.Flag, "anchors_across_pages: true"),
        ["bibliography"] = new(SettingKind.TextOrList, "bibliography: literatur.bib"),
        ["exclude"] = new(SettingKind.TextOrList, "exclude: [v1.0.0/, \"**/*.tex\"]"),
        ["checklists"] = new(SettingKind.Mapping, "checklists: { dimensions: { betrieb: Im Betrieb } }", new Dictionary<string, Setting>(StringComparer.Ordinal)
        {
            ["dimensions"] = new(SettingKind.TextMap, "dimensions: { vorbereitung: Vor dem Start, betrieb: Im Betrieb }"),
        }),
        ["templates"] = new(SettingKind.TextOrList, "templates: \"**/*-vorlage.markdown\""),
        ["sources"] = new(SettingKind.CheckedWhereRead, "sources: { refused: [example.com] }"),
        ["publisher"] = new(SettingKind.Mapping, "publisher: { name: Stadt Beispiel, email: info@example.org }", new Dictionary<string, Setting>(StringComparer.Ordinal)
        {
            ["name"] = new(SettingKind.Text, "name: Stadt Beispiel"),
            ["address"] = new(SettingKind.TextOrList, "address: [Rathausplatz 1, 12345 Beispiel]"),
            ["email"] = new(SettingKind.Text, "email: info@example.org"),
            ["phone"] = new(SettingKind.Text, "phone: +49 123 456-0"),
            ["responsible"] = new(SettingKind.Text, "responsible: Erika Mustermann"),
            ["representative"] = new(SettingKind.Text, "representative: Max Mustermann, Bürgermeister"),
        }),
        ["accessibility"] = new(SettingKind.Mapping, "accessibility: { browserResultsValidDays: 30 }", new Dictionary<string, Setting>(StringComparer.Ordinal)
        {
            ["browserResults"] = new(SettingKind.Text, "browserResults: barrierefreiheit-browsertests.json"),
            ["browserResultsValidDays"] = new(SettingKind.Number, "browserResultsValidDays: 30"),
            ["scope"] = new(SettingKind.Text, "scope: Diese Erklärung gilt für die Website …"),
            // The layout barrierefreiheit.html shows these mappings' texts; their inner keys are free (name, email, phone, address, url, text).
            ["feedback"] = new(SettingKind.TextMapOrListValues, "feedback: { name: Kontaktstelle, email: barrierefreiheit@example.org, phone: +49 123 456-0 }"),
            ["enforcement"] = new(SettingKind.TextMapOrListValues, "enforcement: { name: Schlichtungsstelle, url: https://www.schlichtungsstelle-bgg.de, text: Ein Absatz. }"),
        }),
        ["diagnostics"] = new(SettingKind.CheckedWhereRead, "diagnostics: { LOT0704: warning }"),
    };

    /// <summary>Checks <paramref name="values"/> (the parsed <c>lotse.yml</c>, <paramref name="yaml"/> its text) and
    /// removes every value of the wrong type, so that its default applies.</summary>
    public static void Check(Dictionary<string, object?> values, YamlPositions at, string file, DiagnosticBag diagnostics)
    {
        foreach (var key in values.Keys.Order(StringComparer.Ordinal).ToList())
        {
            if (!Known.TryGetValue(key, out var setting))
            {
                var (line, column) = at.Key(key);
                diagnostics.Warning(DiagnosticCodes.ConfigKeyUnknown, file, line, column,
                    $"'{key}' is not a setting Lotse knows{DidYouMean(key, Known.Keys)}. Layouts can still read it as site.{key}; if it is a typo, correct it");
                continue;
            }
            if (CheckValue(values[key], setting, key, out var problem)) { }
            else
            {
                var (line, column) = at.Value(key);
                diagnostics.Error(DiagnosticCodes.ConfigValueType, file, line, column, problem!);
                values.Remove(key);
                continue;
            }
            if (setting.Keys is null || values[key] is not Dictionary<string, object?> map) continue;
            foreach (var inner in map.Keys.Order(StringComparer.Ordinal).ToList())
            {
                var (line, column) = at.Value(key, inner);
                if (!setting.Keys.TryGetValue(inner, out var innerSetting))
                {
                    (line, column) = at.Key(key, inner);
                    diagnostics.Warning(DiagnosticCodes.ConfigKeyUnknown, file, line, column,
                        $"'{key}: {inner}' is not a setting Lotse knows{DidYouMean(inner, setting.Keys.Keys)}. Correct or remove it");
                    continue;
                }
                if (!CheckValue(map[inner], innerSetting, $"{key}: {inner}", out var innerProblem))
                {
                    diagnostics.Error(DiagnosticCodes.ConfigValueType, file, line, column, innerProblem!);
                    map.Remove(inner);
                }
            }
        }
    }

    private static bool CheckValue(object? value, Setting setting, string name, out string? problem)
    {
        problem = null;
        if (value is null) return true;
        string? what = setting.Kind switch
        {
            SettingKind.Text => IsText(value) ? null : "must be a text",
            SettingKind.TextOrList => IsText(value) || value is List<object?> l && l.All(IsText) ? null : "must be a text or a list of texts",
            SettingKind.PathList => value is List<object?> paths && paths.All(p => p is string { Length: > 0 }) ? null : "must be a list of content paths",
            SettingKind.TextMapOrListValues => value is Dictionary<string, object?> tm && tm.Values.All(v => v is null || IsText(v) || v is List<object?> tl && tl.All(IsText))
                ? null : "must be a mapping whose values are texts or lists of texts",
            SettingKind.Flag => value is bool ? null : "must be true or false (unquoted)",
            SettingKind.Number => value is long or double ? null : "must be a number",
            SettingKind.Share => value is long or double && Convert.ToDouble(value, CultureInfo.InvariantCulture) is >= 0 and <= 1 ? null : "must be a number from 0 to 1",
            SettingKind.Url => value is not string url ? "must be an address (text)" :
                UrlPolicy.Scheme(url) is not ("http" or "https") ? "must be an address starting with https:// or http://" : null,
            SettingKind.Choice => value is string c && setting.Choices!.Contains(c) ? null : $"must be one of {string.Join(", ", setting.Choices!.Select(c => $"'{c}'"))}",
            SettingKind.Mapping => value is Dictionary<string, object?> ? null : "must be a mapping (key: value lines below it)",
            SettingKind.FlagOrMapping => value is bool or Dictionary<string, object?> ? null : "must be false or a mapping",
            SettingKind.TextMap => value is Dictionary<string, object?> m && m.Values.All(IsText) ? null : "must be a mapping from text to text",
            SettingKind.Date => value is string d && d.Length == 10 &&
                DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? null : "must be a calendar date YYYY-MM-DD",
            _ => null,
        };
        if (what is null) return true;
        Func<object?, bool> fits = setting.Kind == SettingKind.PathList ? o => o is string { Length: > 0 } : IsText;
        var shown = value is List<object?> list && list.FirstOrDefault(o => !fits(o)) is var odd && list.Any(o => !fits(o))
            ? $"a list with {(odd is null ? "an empty entry" : Describe(odd))}" : Describe(value);
        problem = $"'{name}' {what}, not {shown}. Write it like '{setting.Example}'";
        return false;
    }

    private static bool IsText(object? value) => value is string or long or double;

    private static string Describe(object? value) => ValueDescription.Of(value);

    /// <summary>" (did you mean 'x'?)" for the closest of <paramref name="known"/> (at most a third of the letters
    /// differ), else "".</summary>
    public static string DidYouMean(string key, IEnumerable<string> known)
    {
        var best = known
            .Select(k => (Key: k, Distance: Distance(key.ToLowerInvariant(), k.ToLowerInvariant())))
            .OrderBy(p => p.Distance).ThenBy(p => p.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Key is not null && best.Distance <= Math.Max(1, Math.Max(key.Length, best.Key.Length) / 3)
            ? $" (did you mean '{best.Key}'?)" : "";
    }

    private static int Distance(string a, string b) => a.Length > 64 || b.Length > 64 ? int.MaxValue : EditDistance.Between(a, b);
}
