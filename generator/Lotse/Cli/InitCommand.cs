namespace Lotse.Cli;

/// <summary><c>lotse init [DIR]</c>: writes a new site that builds and serves at once: <c>lotse.yml</c> with comments,
/// <c>content/index.md</c>, one section with a page, and a <c>.gitignore</c>. The default theme ships with the tool
/// (a <c>themes/</c> folder in the site only overrides it). Never overwrites a file.</summary>
public static class InitCommand
{
    public static readonly IReadOnlyList<(string Path, string Text)> Files =
    [
        ("lotse.yml", """
            # Settings of the site (layouts see them as `site`). See the README, "Start a new site".
            title: Mein Handbuch
            description: Ein Handbuch, gebaut mit Lotse
            language: de
            # baseUrl: https://handbuch.example.org/   # gives sitemap.xml and canonical links
            # links: files (…/index.html, works from disk) or directories (…/, clean URLs on a server)
            links: files
            # search: true   # the search form and page
            # titles_required: true   # warn about pages without a title (front matter or a first '# Titel')
            # links_require_md: true  # only links to .md files (not 'seite', 'seite.html' or '/teil/seite')

            """),
        ("content/index.md", """
            # Mein Handbuch

            Willkommen. Beginnen Sie mit den [Grundlagen](grundlagen/index.md).

            ::: tipp
            Jede Markdown-Datei unter `content/` wird eine Seite. `lotse serve` zeigt Änderungen sofort.
            :::

            """),
        ("content/grundlagen/index.md", """
            # Grundlagen

            Dieser Abschnitt erklärt die Begriffe. Lesen Sie zuerst die [Einführung](01-einfuehrung.md).

            """),
        ("content/grundlagen/01-einfuehrung.md", """
            # Einführung

            Eine Seite des Abschnitts. Die Zahl vor dem Dateinamen ordnet die Seiten in der Navigation.

            """),
        (".gitignore", """
            # Lotse's output and caches
            site/
            .lotse/
            pdf/

            """),
    ];

    public static int Run(CliOptions cli, TextWriter output, TextWriter error)
    {
        if (cli.From is not null)
            return VitePressImport.IsConfig(cli.From) ? VitePressImport.Run(cli, output, error)
                : DocusaurusImport.IsConfig(cli.From) ? DocusaurusImport.Run(cli, output, error)
                : MkDocsImport.Run(cli, output, error);
        var root = cli.Root;
        var existing = Files.Select(f => f.Path).Where(p => File.Exists(Path.Combine(root, p))).ToList();
        if (existing.Count > 0)
        {
            error.WriteLine($"lotse init: '{root}' already has {string.Join(", ", existing)}. Choose an empty folder: lotse init DIR");
            return 1;
        }
        foreach (var (path, text) in Files)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text.Replace("\r\n", "\n", StringComparison.Ordinal));
            output.WriteLine($"created {path}");
        }
        output.WriteLine($"Build it with 'lotse build {root}', or preview it with 'lotse serve {root}'.");
        return 0;
    }
}
