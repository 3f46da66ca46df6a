using System.Text.RegularExpressions;
using Lotse.Blocks.Diagnostics;

namespace Lotse.Blocks.Config;

/// <summary>The site's own severity of diagnostics, from <c>diagnostics:</c> in <c>lotse.yml</c>: every check can be
/// switched off, made a note, a warning or an error, by its code:
/// <code>
/// diagnostics:
///   LOT0704: warning   # images without alt text: a warning instead of an error
///   LOT0709: off       # no check of abbreviations
/// </code></summary>
public static partial class DiagnosticSeverities
{
    public const string Key = "diagnostics";

    private static readonly Dictionary<string, Severity?> Choices = new(StringComparer.Ordinal)
    {
        ["off"] = null, ["note"] = Severity.Info, ["warning"] = Severity.Warning, ["error"] = Severity.Error,
    };

    [GeneratedRegex(@"^LOT\d{4}$")]
    private static partial Regex Code();

    /// <summary>The overrides of <paramref name="config"/>; a wrong code or value is LOT0440 and is left out.</summary>
    public static IReadOnlyDictionary<string, Severity?> From(SiteConfig config, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, Severity?>(StringComparer.Ordinal);
        switch (config.Values.GetValueOrDefault(Key))
        {
            case null: return result;
            case not Dictionary<string, object?>:
                var (at, column) = config.At(Key);
                diagnostics.Error(DiagnosticCodes.DiagnosticSeverityInvalid, SiteConfig.FileName, at, column,
                    $"'diagnostics' must be a mapping from codes to severities, not {Data.ValueDescription.Of(config.Values[Key])}. Write it like 'diagnostics: {{ LOT0704: warning }}'");
                return result;
        }
        var map = (Dictionary<string, object?>)config.Values[Key]!;
        foreach (var (code, value) in map)
        {
            var choice = value switch { bool b => b ? "warning" : "off", _ => value as string };
            if (!Code().IsMatch(code) || choice is null || !Choices.TryGetValue(choice, out var severity))
            {
                var (line, col) = Code().IsMatch(code) ? config.At(Key, code) : config.Positions.Key(Key, code);
                diagnostics.Error(DiagnosticCodes.DiagnosticSeverityInvalid, SiteConfig.FileName, line, col,
                    $"'diagnostics: {code}: {value}' is not a severity Lotse knows. Write a code and one of off, note, warning, error, like 'LOT0704: warning'");
                continue;
            }
            result[code] = severity;
        }
        return result;
    }
}
