using Lotse.Blocks.Config;
using Microsoft.Extensions.FileSystemGlobbing;

namespace Lotse.Features.Templates;

/// <summary>
/// Which Markdown files of <c>content/</c> are templates, from <c>templates:</c> in <c>lotse.yml</c>: one pattern or a
/// list, relative to <c>content/</c> (<c>*</c> within a folder, <c>**</c> across folders). Each is published as it is
/// and as a Word file (<c>.docx</c>) beside it, and listed on the download page. Without the setting there are none.
/// <code>
/// templates:
///   - "**/*-vorlage.markdown"
///   - formulare/gliederung.markdown
/// </code>
/// </summary>
internal sealed class TemplateSettings
{
    public const string Section = "templates";

    private readonly Matcher _matcher = new(StringComparison.Ordinal);

    private TemplateSettings(IReadOnlyList<string> patterns, IReadOnlyList<SettingProblem> problems)
    {
        Patterns = patterns;
        Problems = problems;
        foreach (var pattern in patterns) _matcher.AddInclude(pattern);
    }

    public IReadOnlyList<string> Patterns { get; }
    public IReadOnlyList<SettingProblem> Problems { get; }

    public static TemplateSettings From(IReadOnlyDictionary<string, object?> config)
    {
        var patterns = new List<string>();
        var problems = new List<SettingProblem>();
        var value = config.GetValueOrDefault(Section);
        IEnumerable<object?> items = value switch
        {
            null => [],
            List<object?> list => list,
            var one => [one],
        };
        var index = -1;
        foreach (var item in items)
        {
            index++;
            if (item is string { Length: > 0 } pattern && !pattern.StartsWith('/') && !pattern.Contains(".."))
                patterns.Add(pattern.Trim());
            else
                problems.Add(new($"'{Section}' holds '{item}', which is not a pattern of files in content/. Write e.g. '**/*-vorlage.markdown'",
                    value is List<object?> ? [Section, index] : [Section]));
        }
        return new TemplateSettings(patterns, problems);
    }

    /// <summary>True for a file (its path in <c>content/</c>) that is a template: a Markdown file a pattern matches.</summary>
    public bool IsTemplate(string contentPath) =>
        Patterns.Count > 0 &&
        (contentPath.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase) || contentPath.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) &&
        _matcher.Match(contentPath).HasMatches;
}
