using Microsoft.Extensions.FileSystemGlobbing;

namespace Lotse.Site.Modules;

/// <summary>
/// Files of <c>content/</c> that are no part of the site, from <c>exclude:</c> in <c>lotse.yml</c>: one pattern or a
/// list, relative to <c>content/</c> (<c>*</c> within a folder, <c>**</c> across folders); a pattern that names a
/// folder (<c>v1.0.0/</c> or <c>v1.0.0</c>) leaves out everything in it. Excluded Markdown files are no pages,
/// other excluded files are not copied; a link to either is reported like a link to a missing file. Like MkDocs'
/// <c>exclude_docs</c> or Jekyll's <c>exclude</c>, and what Quarto does with files no page renders or references
/// (an old HTML edition, include snippets).
/// <code>
/// exclude:
///   - v1.0.0/
///   - "**/*.tex"
/// </code>
/// </summary>
public sealed class ContentExclusions
{
    public const string Key = "exclude";

    public static readonly ContentExclusions None = new([]);

    private readonly Matcher _matcher = new(StringComparison.Ordinal);
    private readonly int _count;

    private ContentExclusions(IReadOnlyList<string> patterns)
    {
        _count = patterns.Count;
        foreach (var pattern in patterns)
        {
            var trimmed = pattern.Trim().TrimStart('/').TrimEnd('/');
            if (trimmed.Length == 0) continue;
            _matcher.AddInclude(trimmed);
            _matcher.AddInclude(trimmed + "/**");
        }
    }

    /// <summary>From the settings (a text or a list of texts; other values were reported when the settings were read).</summary>
    public static ContentExclusions From(IReadOnlyDictionary<string, object?> config) => config.GetValueOrDefault(Key) switch
    {
        string one => new([one]),
        List<object?> list => new(list.OfType<string>().ToList()),
        _ => None,
    };

    /// <summary>True for a path relative to <c>content/</c> (with <c>/</c>) that a pattern names.</summary>
    public bool Excludes(string contentPath) => _count > 0 && _matcher.Match(contentPath).HasMatches;

    /// <summary><paramref name="files"/> (full paths in <paramref name="contentFolder"/>) without the excluded ones.</summary>
    public IReadOnlyList<string> Filter(IReadOnlyList<string> files, string contentFolder) =>
        _count == 0 ? files : files.Where(f => !Excludes(Path.GetRelativePath(contentFolder, f).Replace('\\', '/'))).ToList();
}
