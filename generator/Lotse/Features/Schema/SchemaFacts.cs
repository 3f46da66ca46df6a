
using Lotse.Blocks.Config;
using Lotse.Blocks.Data;
using Lotse.Blocks.Diagnostics;
using Lotse.Features.Checklists;

using Lotse.Site;

namespace Lotse.Features.Schema;

/// <summary>What the schemas take from the site itself: the layouts its themes have and the role ids
/// of <c>content/_data/rollen.yml</c>, so that the schema offers exactly the values the build accepts.</summary>
public sealed record SchemaFacts(IReadOnlyList<string> Layouts, IReadOnlyList<string> Roles, IReadOnlyList<FrontMatterKey> Keys)
{
    /// <summary>Reads the site at <paramref name="root"/>; problems (invalid <c>lotse.yml</c> or <c>rollen.yml</c>) go to <paramref name="diagnostics"/>.</summary>
    /// <param name="keys">The front-matter keys of the site and its features (<see cref="FrontMatterKey.Of"/>).</param>
    public static SchemaFacts Load(string root, DiagnosticBag diagnostics, IReadOnlyList<FrontMatterKey> keys)
    {
        var config = SiteConfig.Load(root, diagnostics);
        var layouts = config.Themes
            .Select(theme => Path.Combine(root, "themes", theme, "layouts"))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.html", SearchOption.TopDirectoryOnly))
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Where(name => !name.StartsWith('_'))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return new SchemaFacts(layouts, ReadRoles(root, diagnostics), keys);
    }

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
