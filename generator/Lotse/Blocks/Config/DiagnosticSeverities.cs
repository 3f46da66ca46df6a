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
    public static IReadOnlyDictionary<string, Severity?> From(IReadOnlyDictionary<string, object?> config, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, Severity?>(StringComparer.Ordinal);
        if (config.GetValueOrDefault(Key) is not Dictionary<string, object?> map) return result;
        foreach (var (code, value) in map)
        {
            var choice = value switch { bool b => b ? "warning" : "off", _ => value as string };
            if (!Code().IsMatch(code) || choice is null || !Choices.TryGetValue(choice, out var severity))
            {
                diagnostics.Error(DiagnosticCodes.DiagnosticSeverityInvalid, SiteConfig.FileName, 0, 0,
                    $"'diagnostics: {code}: {value}' is not a severity Lotse knows. Write a code and one of off, note, warning, error, like 'LOT0704: warning'");
                continue;
            }
            result[code] = severity;
        }
        return result;
    }
}
