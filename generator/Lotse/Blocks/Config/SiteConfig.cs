using System.Globalization;
using Lotse.Blocks.Data;
using Lotse.Blocks.Diagnostics;

namespace Lotse.Blocks.Config;

/// <summary>The site's settings from <c>lotse.yml</c> at the site root. All keys are also given to
/// templates as <c>site</c>.</summary>
public sealed record SiteConfig(
    string Title,
    string Language,
    string? BaseUrl,
    IReadOnlyList<string> Themes,
    LinkStyle LinkStyle,
    string? EditUrl,
    IReadOnlyDictionary<string, object?> Values)
{
    public const string FileName = "lotse.yml";

    private static readonly YamlPositions NoPositions = YamlPositions.Of("");

    /// <summary>Where each setting stands in <c>lotse.yml</c>, for the diagnostics of the code that reads it
    /// (<c>config.Positions.Value("diagnostics", "LOT0704")</c>).</summary>
    public YamlPositions Positions { get; init; } = NoPositions;

    /// <summary>Where the value at <paramref name="path"/> stands in <c>lotse.yml</c> (that of its closest ancestor that is there).</summary>
    public (int Line, int Column) At(params object[] path) => Positions.Value(path);

    /// <summary>Where <paramref name="problem"/> stands in <c>lotse.yml</c>: its key or its value.</summary>
    public (int Line, int Column) At(SettingProblem problem) => problem.AtKey ? Positions.Key(problem.At) : Positions.Value(problem.At);

    public static SiteConfig Load(string root, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(root, FileName);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var positions = NoPositions;
        if (File.Exists(path))
        {
            var text = SourceText.Read(path, out var problem);
            if (text is null) diagnostics.Error(DiagnosticCodes.FileUnreadable, FileName, 0, 0, problem!);
            var parsed = YamlReader.Parse(text ?? "", out var error);
            if (error is not null)
                diagnostics.Error(DiagnosticCodes.ConfigInvalid, FileName, error.Line, error.Column,
                    $"{error.Message}. Fix the YAML syntax of the configuration");
            else if (parsed is Dictionary<string, object?> map)
            {
                values = map;
                positions = YamlPositions.Of(text ?? "");
                SettingTypes.Check(values, positions, FileName, diagnostics);
            }
            else if (parsed is not null)
                diagnostics.Error(DiagnosticCodes.ConfigInvalid, FileName, 1, 1, "The configuration must be a YAML mapping (key: value)");
        }

        var themes = values.GetValueOrDefault("theme") switch
        {
            List<object?> list => list.Where(o => o is not null).Select(o => Convert.ToString(o, CultureInfo.InvariantCulture)!).ToList(),
            string s => [s],
            _ => new List<string> { "default" },
        };
        if (!themes.Contains("default")) themes.Add("default");

        var linkStyle = LinkStyle.Files;
        if (values.GetValueOrDefault("links") is string links)
        {
            if (links == "directories") linkStyle = LinkStyle.Directories;
        }

        var baseUrl = values.GetValueOrDefault("baseUrl") as string;
        if (!string.IsNullOrWhiteSpace(baseUrl) && !baseUrl.EndsWith('/')) baseUrl += "/";

        return new SiteConfig(
            values.GetValueOrDefault("title") as string ?? "Lotse",
            values.GetValueOrDefault("language") as string ?? "de",
            string.IsNullOrWhiteSpace(baseUrl) ? null : baseUrl,
            themes,
            linkStyle,
            values.GetValueOrDefault("editUrl") as string,
            values) { Positions = positions };
    }
}
