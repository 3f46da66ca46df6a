using System.Reflection;
using System.Text.RegularExpressions;
using Lotse.Blocks.Diagnostics;
using Lotse.Tests.Testing;
using Shouldly;

namespace Lotse.Tests.Inputs;

/// <summary>Issue 19, "done when": README's diagnostic table lists every code the tool has (each by itself or in a range
/// such as <c>LOT0113–LOT0120</c>).</summary>
public sealed partial class DiagnosticTableTests
{
    [Fact]
    public void The_README_lists_every_diagnostic_code()
    {
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(c => c.StartsWith("LOT", StringComparison.Ordinal))
            .ToList();
        codes.Count.ShouldBeGreaterThan(80);
        var readme = File.ReadAllText(Path.Combine(TestSite.RepositoryRoot, "README.md"));
        var rows = readme.Split('\n').Where(l => l.StartsWith("| LOT", StringComparison.Ordinal)).ToList();
        var listed = rows.SelectMany(r => Code().Matches(r.Split('|')[1]).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList() switch
        {
            [var one] => [one],
            [var from, var to] => Enumerable.Range(from, to - from + 1),
            _ => [],
        }).ToHashSet();
        codes.Where(c => !listed.Contains(int.Parse(c[3..], System.Globalization.CultureInfo.InvariantCulture))).ShouldBeEmpty("codes missing from README's table");
    }

    [GeneratedRegex(@"LOT(\d{4})")]
    private static partial Regex Code();
}
