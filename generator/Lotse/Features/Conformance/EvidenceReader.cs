using System.Globalization;
using Lotse.Blocks.Data;
using Lotse.Blocks.Diagnostics;

namespace Lotse.Features.Conformance;

/// <summary>
/// Reads <c>content/_data/pruefung.yml</c> (data <c>pruefung</c>):
/// <code>
/// pruefungen:                  # checks by a person
///   - kriterium: "1.3.3"
///     wer: Name, Rolle
///     wann: 2026-12-06
///     was: what was looked at, how
///     ergebnis: bestanden      # or: nicht bestanden
///     gueltig_bis: 2027-06-06
/// nicht_anwendbar:
///   - kriterium: "3.3.4"
///     grund: why it does not apply
/// bekannte_einschraenkungen:
///   - titel: …
///     grund: …
///     kriterien: ["1.3.1"]     # optional: the criteria it leaves open
/// </code>
/// An entry that does not fit is a warning (LOT0801) and left out, so its criterion stays open.
/// </summary>
internal static class EvidenceReader
{
    private static readonly HashSet<string> Known = WcagCatalogue.All.Select(c => c.Number).ToHashSet(StringComparer.Ordinal);

    /// <param name="text">The file's YAML text, for the line and column of each problem (null: reported at 1,1).</param>
    public static EvidenceFile Read(object? data, string? text, DiagnosticBag diagnostics)
    {
        var positions = YamlPositions.Of(text ?? "");
        var at = (string list, int index, string? key) => key is null ? positions.Value(list, index) : positions.Value(list, index, key);
        if (data is not Dictionary<string, object?> root) return data is null ? EvidenceFile.None : Invalid(diagnostics, (1, 1), "the file must be a mapping with 'pruefungen', 'nicht_anwendbar' and 'bekannte_einschraenkungen'");
        var checks = new List<ManualEvidence>();
        foreach (var (entry, index) in Entries(root, "pruefungen"))
        {
            var where = $"pruefungen[{index}]";
            if (Criterion(entry, where, at("pruefungen", index, "kriterium"), diagnostics) is not { } criterion) continue;
            var when = Date(entry, "wann", where, at("pruefungen", index, "wann"), diagnostics);
            var until = Date(entry, "gueltig_bis", where, at("pruefungen", index, "gueltig_bis"), diagnostics);
            var result = Text(entry, "ergebnis");
            if (result is not ("bestanden" or "nicht bestanden"))
            {
                Problem(diagnostics, at("pruefungen", index, "ergebnis"), $"{where}: 'ergebnis' must be 'bestanden' or 'nicht bestanden'");
                continue;
            }
            if (Text(entry, "wer") is not { } who || Text(entry, "was") is not { } what)
            {
                Problem(diagnostics, at("pruefungen", index, null), $"{where}: 'wer' and 'was' are required (who checked, and what was looked at)");
                continue;
            }
            if (when is null || until is null) continue;
            checks.Add(new ManualEvidence(criterion, who, when.Value, what, result == "bestanden", until.Value));
        }
        var notApplicable = new List<NotApplicable>();
        foreach (var (entry, index) in Entries(root, "nicht_anwendbar"))
        {
            if (Criterion(entry, $"nicht_anwendbar[{index}]", at("nicht_anwendbar", index, "kriterium"), diagnostics) is not { } criterion) continue;
            if (Text(entry, "grund") is not { } reason) { Problem(diagnostics, at("nicht_anwendbar", index, null), $"nicht_anwendbar[{index}]: 'grund' is required"); continue; }
            notApplicable.Add(new NotApplicable(criterion, reason));
        }
        var limitations = new List<KnownLimitation>();
        foreach (var (entry, index) in Entries(root, "bekannte_einschraenkungen"))
        {
            if (Text(entry, "titel") is not { } title || Text(entry, "grund") is not { } reason)
            {
                Problem(diagnostics, at("bekannte_einschraenkungen", index, null), $"bekannte_einschraenkungen[{index}]: 'titel' and 'grund' are required");
                continue;
            }
            var criteria = (entry.GetValueOrDefault("kriterien") as List<object?> ?? [])
                .Select(c => Convert.ToString(c, CultureInfo.InvariantCulture) ?? "").ToList();
            foreach (var unknown in criteria.Where(c => !Known.Contains(c)))
                Problem(diagnostics, at("bekannte_einschraenkungen", index, "kriterien"), $"bekannte_einschraenkungen[{index}]: '{unknown}' is not a WCAG 2.1 A/AA criterion (write it like \"1.4.3\")");
            limitations.Add(new KnownLimitation(title, reason, criteria.Where(Known.Contains).ToList()));
        }
        return new EvidenceFile(true, checks, notApplicable, limitations);
    }

    private static IEnumerable<(Dictionary<string, object?> Entry, int Index)> Entries(Dictionary<string, object?> root, string key) =>
        (root.GetValueOrDefault(key) as List<object?> ?? []).Select((e, i) => (e as Dictionary<string, object?>, i))
            .Where(x => x.Item1 is not null).Select(x => (x.Item1!, x.i));

    private static string? Criterion(Dictionary<string, object?> entry, string where, (int, int) position, DiagnosticBag diagnostics)
    {
        var number = Text(entry, "kriterium");
        if (number is not null && Known.Contains(number)) return number;
        Problem(diagnostics, position, $"{where}: 'kriterium' must name a WCAG 2.1 A/AA criterion like \"1.4.3\"{(number is null ? "" : $", not '{number}'")}");
        return null;
    }

    private static DateOnly? Date(Dictionary<string, object?> entry, string key, string where, (int, int) position, DiagnosticBag diagnostics)
    {
        var value = entry.GetValueOrDefault(key);
        if (value is DateTime time) return DateOnly.FromDateTime(time);
        if (DateOnly.TryParseExact(Convert.ToString(value, CultureInfo.InvariantCulture), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        Problem(diagnostics, position, $"{where}: '{key}' must be a date like 2026-12-06");
        return null;
    }

    private static string? Text(Dictionary<string, object?> entry, string key) =>
        Convert.ToString(entry.GetValueOrDefault(key), CultureInfo.InvariantCulture) is { } s && s.Trim().Length > 0 ? s.Trim() : null;

    private static void Problem(DiagnosticBag diagnostics, (int Line, int Column) at, string message) =>
        diagnostics.Warning(DiagnosticCodes.ConformanceEvidenceInvalid, ConformanceSettings.EvidenceFile, at.Line, at.Column, $"{message}. Correct the entry (see README, \"Conformance report\")");

    private static EvidenceFile Invalid(DiagnosticBag diagnostics, (int, int) at, string message)
    {
        Problem(diagnostics, at, message);
        return EvidenceFile.None with { Exists = true };
    }
}
