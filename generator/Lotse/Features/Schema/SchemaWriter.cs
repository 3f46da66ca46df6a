namespace Lotse.Features.Schema;

/// <summary>Writes one <c>NAME.schema.json</c> per content type into a folder, and that of <c>lotse.yml</c>. A file that already has the
/// same text is left alone (its time stays, editors' tools do not reload it).</summary>
public static class SchemaWriter
{
    /// <summary>Default folder, relative to the site root.</summary>
    public const string DefaultFolder = ".lotse/schema";

    public static IReadOnlyList<(ContentType Type, string Path)> Write(string folder, SchemaFacts facts)
    {
        Directory.CreateDirectory(folder);
        var written = new List<(ContentType, string)>();
        foreach (var type in facts.Types)
        {
            var path = Path.Combine(folder, type.FileName);
            var text = FrontMatterSchema.Text(FrontMatterSchema.For(type, facts));
            if (!File.Exists(path) || File.ReadAllText(path) != text) File.WriteAllText(path, text);
            written.Add((type, path));
        }
        return written;
    }

    /// <summary>Writes the schema of <c>lotse.yml</c> (<see cref="SettingsSchema"/>) into <paramref name="folder"/>.</summary>
    public static string WriteSettings(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, SettingsSchema.FileName);
        var text = FrontMatterSchema.Text(SettingsSchema.Build());
        if (!File.Exists(path) || File.ReadAllText(path) != text) File.WriteAllText(path, text);
        return path;
    }
}
