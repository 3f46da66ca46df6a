
using Lotse.Blocks.Config;
using Lotse.Blocks.Diagnostics;
using Lotse.Features.Schema;

using Lotse.Site;

namespace Lotse.Cli;

/// <summary><c>lotse schema [ROOT] [-o DIR]</c>: writes the JSON Schemas of the front matter of each content type and of <c>lotse.yml</c>
/// (default <c>ROOT/.lotse/schema/</c>) and prints which files each one is for.</summary>
public static class SchemaCommand
{
    public static int Run(CliOptions cli, TextWriter output)
    {
        var diagnostics = new DiagnosticBag();
        var facts = SchemaFacts.Load(cli.Root, diagnostics, FrontMatterKey.Of(SiteBuilder.Features));
        foreach (var diagnostic in diagnostics.Sorted()) output.WriteLine(diagnostic);
        if (diagnostics.HasErrors)
        {
            output.WriteLine("lotse schema: FAILED: no schema written.");
            return 1;
        }

        var folder = cli.Output ?? Path.Combine(cli.Root, SchemaWriter.DefaultFolder);
        foreach (var (type, path) in SchemaWriter.Write(folder, facts))
            output.WriteLine($"{Relative(cli.Root, path)}: {string.Join(", ", type.Globs)}");
        output.WriteLine($"{Relative(cli.Root, SchemaWriter.WriteSettings(folder))}: {SiteConfig.FileName}");
        output.WriteLine($"lotse schema: {ContentTypes.All.Count + 1} schemas ({facts.Layouts.Count} layouts, {facts.Roles.Count} roles) in {Relative(cli.Root, folder)}/");
        return 0;
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
