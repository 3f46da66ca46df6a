using System.Reflection;
using System.Text.RegularExpressions;
using Lotse.Blocks.Diagnostics;
using Lotse.Tests.Testing;
using Shouldly;

namespace Lotse.Tests.Inputs;

/// <summary>Issue 19, "done when": README's diagnostic table lists every code the tool has (each by itself or in a range
/// such as <c>LOT0113–LOT0120</c>) and no other; and every code is given by an exact diagnostic (with its position) in the
/// bad-input catalogue, or, for codes whose input is not a mini-site (the server, Chromium, the file system), in the test
/// named for it. The codes without any such test are listed here, so that the list can only shrink.</summary>
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

    [Fact]
    public void The_README_lists_no_code_the_tool_does_not_have()
    {
        var codes = Codes().Select(c => int.Parse(c[3..], System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        Listed().Where(c => !codes.Contains(c)).Select(c => $"LOT{c:0000}").ShouldBeEmpty("README rows without a code in DiagnosticCodes.cs");
    }

    /// <summary>The catalogue of bad inputs: whole mini-sites with their exact diagnostics.</summary>
    private static readonly string[] Catalogue =
    [
        "Inputs/InputCatalogueTests.cs", "Inputs/InputCatalogueNamesAndPositionsTests.cs", "Inputs/InputCatalogueSilentInputsTests.cs",
        "Inputs/InputCatalogueSettingsTests.cs", "Inputs/InputCatalogueRemainingCodesTests.cs", "Reliability/BadInputs.cs",
    ];

    /// <summary>Codes that no test gives as an exact diagnostic yet: none; a new code comes with its test.</summary>
    private static readonly string[] NotYetTested = [];

    [Fact]
    public void Every_code_is_given_exactly_by_the_catalogue_or_by_a_test()
    {
        var tests = Path.Combine(TestSite.RepositoryRoot, "tests", "Lotse.Tests");
        string Exact(IEnumerable<string> files) => string.Concat(files.Select(f => File.ReadAllText(f)));
        var catalogue = Exact(Catalogue.Select(f => Path.Combine(tests, f)));
        var everything = Exact(Directory.EnumerateFiles(tests, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.EndsWith("DiagnosticTableTests.cs", StringComparison.Ordinal)));
        var inCatalogue = Given().Matches(catalogue).Select(m => m.Groups[1].Value).ToHashSet();
        var inTests = Given().Matches(everything).Select(m => m.Groups[1].Value).ToHashSet();
        var codes = Codes();
        codes.Where(c => !inTests.Contains(c) && !NotYetTested.Contains(c)).ShouldBeEmpty("codes no test gives as an exact diagnostic");
        NotYetTested.Where(inTests.Contains).ShouldBeEmpty("codes that have a test now: remove them from NotYetTested");
        // The catalogue itself: at least 60 bad inputs with exact diagnostics, and most codes among them.
        var cases = Regex.Matches(catalogue, @"^\s*(?:\{ ""|new\("")", RegexOptions.Multiline).Count;
        cases.ShouldBeGreaterThanOrEqualTo(60);
        inCatalogue.Count.ShouldBeGreaterThanOrEqualTo(30);
    }

    private static List<string> Codes() => typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .Where(c => c.StartsWith("LOT", StringComparison.Ordinal))
        .ToList();

    private static IEnumerable<int> Listed()
    {
        var readme = File.ReadAllText(Path.Combine(TestSite.RepositoryRoot, "README.md"));
        return readme.Split('\n').Where(l => l.StartsWith("| LOT", StringComparison.Ordinal))
            .SelectMany(r => Code().Matches(r.Split('|')[1]).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList() switch
            {
                [var one] => [one],
                [var from, var to] => Enumerable.Range(from, to - from + 1),
                _ => [],
            });
    }

    /// <summary>A diagnostic as printed: severity and code (<c>error LOT0401</c>, <c>warning LOT0405</c>).</summary>
    [GeneratedRegex(@"(?:error|warning|info|note) (LOT\d{4})")]
    private static partial Regex Given();

    [GeneratedRegex(@"LOT(\d{4})")]
    private static partial Regex Code();
}
