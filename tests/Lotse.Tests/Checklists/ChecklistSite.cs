
using Lotse.Kernel;
using Lotse.Site;
using Lotse.Site.Pipelines;

namespace Lotse.Tests.Checklists;

/// <summary>A mini-site in a temp folder: lotse.yml, three roles, a minimal base and page layout, and the
/// repository's real checklist layouts, partials and assets. Pages are added inline by each test.</summary>
internal sealed class ChecklistSite : IDisposable
{
    public const string Roles = """
        - id: kommune
          name: Kommune
          kurz: Kommune
          beschreibung: Städte, Gemeinden und Kreise.
        - id: fachreferat
          name: Fachreferat
          kurz: FR
          beschreibung: Fachlich zuständige Referate.
        - id: ozg-koordination
          name: OZG-Koordination
          kurz: OZG-K
          beschreibung: Steuert die Umsetzung im Land.
        """;

    /// <summary>The four kinds of task of the repository's site, as its lotse.yml sets them.</summary>
    public const string Dimensions = """
        checklists:
          dimensions:
            organisatorisch: Organisatorische Aufgaben
            rechtlich: Rechtliche Aufgaben
            finanziell: Finanzielle Aufgaben
            technisch: Technische Aufgaben

        """;

    public ChecklistSite(string links = "files")
    {
        Root = Path.Combine(Path.GetTempPath(), "lotse-checklists-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        Write("lotse.yml", $"title: Testsite\nlanguage: de\ntheme: default\nlinks: {links}\n{Dimensions}");
        Write("content/_data/rollen.yml", Roles);
        Write("themes/default/layouts/_base.html", "<!DOCTYPE html><html lang=\"de\"><head><title>{{ page.title }}</title></head><body><main>{{ body }}</main></body></html>");
        Write("themes/default/layouts/page.html", "<h1>{{ page.title }}</h1>{{ page.content }}");
        Write("themes/default/layouts/section.html", "<h1>{{ page.title }}</h1>{{ page.content }}");
        Write("themes/default/layouts/404.html", "<h1>{{ page.title }}</h1>");
        foreach (var file in new[]
        {
            "layouts/checklisten.html", "layouts/checkliste-rolle.html", "layouts/checkliste-fortschritt.html",
            "partials/checklist-overview.html", "partials/checklist-item.html",
            "partials/page-title.html", "partials/hyphenate.html", "assets/css/checklist.css", "assets/js/checklist.js",
        })
            Write("themes/default/" + file, File.ReadAllText(Path.Combine(RepositoryRoot, "themes", "default", file)));
    }

    public string Root { get; }

    public string Output => Path.Combine(Root, "site");

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Lotse.slnx"))) return dir.FullName;
            throw new InvalidOperationException("Lotse.slnx not found above the test's folder");
        }
    }

    public ChecklistSite Write(string path, string text)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return this;
    }

    public Task<BuildResult> BuildAsync(bool write = true) => SiteBuilder.BuildAsync(new BuildOptions(Root, Output, Write: write));

    public string Read(string outputPath) => File.ReadAllText(Path.Combine(Output, outputPath));

    public bool Exists(string outputPath) => File.Exists(Path.Combine(Output, outputPath));

    public static Document Page(BuildResult result, string sourcePath) =>
        result.Outputs.FromPipeline(nameof(ContentPipeline)).Single(d => d.SourcePath == sourcePath);

    public static IReadOnlyList<string> Messages(BuildResult result) => result.Diagnostics.Select(d => d.ToString()).ToList();

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
