
using System.Globalization;
using Lotse.Blocks.Config;
using Lotse.Blocks.Data;
using Lotse.Blocks.Diagnostics;
using Lotse.Blocks.Paths;
using Lotse.Features.Checklists;
using Lotse.Features.ContentChecks;

using Lotse.Site;

namespace Lotse.Features.Schema;

/// <summary>What the schemas take from the site itself: the layouts its themes have, the role ids of
/// <c>content/_data/rollen.yml</c>, the content types with the globs of its sections, the front-matter keys it requires
/// (<c>checks.required</c>) and its areas (<c>areas</c> in lotse.yml and the sections' <c>bereich</c>), so that the schema
/// offers exactly the values the build accepts.</summary>
public sealed record SchemaFacts(IReadOnlyList<string> Layouts, IReadOnlyList<string> Roles, IReadOnlyList<FrontMatterKey> Keys)
{
    /// <summary>The content types with their files (<see cref="ContentTypes.ForSections"/>).</summary>
    public IReadOnlyList<ContentType> Types { get; init; } = ContentTypes.All;

    /// <summary>The keys a page's front matter needs: the title and <c>checks.required</c>.</summary>
    public IReadOnlyList<string> Required { get; init; } = [Lotse.Site.Keys.Title, .. ContentCheckSettings.DefaultRequired];

    /// <summary>The values of <c>bereich</c> the site knows; empty: any text.</summary>
    public IReadOnlyList<string> Areas { get; init; } = [];

    /// <summary>The type of a file (path from the site root), or null for files without front matter schema.</summary>
    public ContentType? TypeOf(string relativePath) => Types.FirstOrDefault(t => t.Matches(relativePath));

    /// <summary>Reads the site at <paramref name="root"/>; problems (invalid <c>lotse.yml</c> or <c>rollen.yml</c>) go to <paramref name="diagnostics"/>.</summary>
    /// <param name="keys">The front-matter keys of the site and its features (<see cref="FrontMatterKey.Of"/>).</param>
    public static SchemaFacts Load(string root, DiagnosticBag diagnostics, IReadOnlyList<FrontMatterKey> keys)
    {
        var config = SiteConfig.Load(root, diagnostics);
        var layouts = config.Themes
            .Select(theme => Path.Combine(SitePaths.ThemeFolder(root, theme), "layouts"))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.html", SearchOption.TopDirectoryOnly))
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Where(name => !name.StartsWith('_'))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var sections = Sections(root);
        var areas = (config.Values.GetValueOrDefault("areas") as Dictionary<string, object?> ?? []).Keys
            .Concat(sections.Select(s => s.Area).OfType<string>())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var required = ContentCheckSettings.From(config.Values).Required.Where(k => k != Lotse.Site.Keys.Title);
        return new SchemaFacts(layouts, ReadRoles(root, diagnostics), keys)
        {
            Types = ContentTypes.ForSections(sections.Select(s => (s.Folder, s.Layout))),
            Required = [Lotse.Site.Keys.Title, .. required],
            Areas = areas,
        };
    }

    /// <summary>The folders directly in <c>content/</c> (not <c>_data</c> or hidden ones) with the <c>layout</c> and
    /// <c>bereich</c> their <c>_dir.yml</c> sets. A <c>_dir.yml</c> that does not parse counts as none; the build reports it.</summary>
    private static List<(string Folder, string? Layout, string? Area)> Sections(string root)
    {
        var content = Path.Combine(root, "content");
        if (!Directory.Exists(content)) return [];
        var sections = new List<(string, string?, string?)>();
        foreach (var folder in Directory.EnumerateDirectories(content).Select(Path.GetFileName).OfType<string>())
        {
            if (folder.StartsWith('_') || folder.StartsWith('.')) continue;
            var defaults = Path.Combine(content, folder, "_dir.yml");
            var values = File.Exists(defaults) && SourceText.Read(defaults, out _) is { } text
                ? YamlReader.Parse(text, out _) as Dictionary<string, object?>
                : null;
            sections.Add((folder, Text(values, Lotse.Site.Keys.Layout), Text(values, Lotse.Site.Keys.Area)));
        }
        return sections;
    }

    private static string? Text(Dictionary<string, object?>? values, string key) =>
        values?.GetValueOrDefault(key) is { } value ? Convert.ToString(value, CultureInfo.InvariantCulture) : null;

    private static IReadOnlyList<string> ReadRoles(string root, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(root, Role.DataFile);
        if (!File.Exists(path)) return [];
        var text = SourceText.Read(path, out var problem);
        if (text is null)
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable, Role.DataFile, 0, 0, problem!);
            return [];
        }
        var value = YamlReader.Parse(text, out var error);
        if (error is not null)
        {
            diagnostics.Error(DiagnosticCodes.DataFileInvalid, Role.DataFile, error.Line, error.Column,
                $"The data file does not parse: {error.Message}. Fix its syntax");
            return [];
        }
        var data = new Dictionary<string, object?>(StringComparer.Ordinal) { [Role.DataName] = value };
        return Role.From(data).Select(r => r.Id).ToList();
    }
}
