using Lotse.Cli;
using Lotse.Site;

namespace Lotse.Tests.Compatibility;

/// <summary>Issue 20, point 7: <c>lotse init DIR</c> writes a new site that builds at once, with the default theme that
/// ships next to the tool (no themes/ folder in the site).</summary>
public sealed class InitCommandTests
{
    [Fact]
    public async Task A_new_site_builds_strictly_without_a_theme_copy_and_init_never_overwrites()
    {
        var root = Directory.CreateTempSubdirectory("lotse-init-").FullName;
        try
        {
            var cli = CliOptions.Parse(["init", root], out var error).ShouldNotBeNull(error);
            var output = new StringWriter();
            InitCommand.Run(cli, output, TextWriter.Null).ShouldBe(0);
            output.ToString().ShouldContain("created lotse.yml");
            Directory.Exists(Path.Combine(root, "themes")).ShouldBeFalse();
            File.ReadAllText(Path.Combine(root, ".gitignore")).ShouldContain("site/");

            var result = await SiteBuilder.BuildAsync(new BuildOptions(root, Strict: true));
            result.Diagnostics.Select(d => d.ToString()).ShouldBeEmpty();
            result.Succeeded.ShouldBeTrue();
            var home = File.ReadAllText(Path.Combine(root, "site", "index.html"));
            home.ShouldContain("<title>Mein Handbuch");
            home.ShouldContain("href=\"grundlagen/index.html\"");
            File.ReadAllText(Path.Combine(root, "site", "grundlagen", "01-einfuehrung", "index.html")).ShouldContain("Einführung");

            // Search needs no npm in the site: its browser libraries ship with the tool too.
            File.AppendAllText(Path.Combine(root, "lotse.yml"), "search: true\n");
            var withSearch = await SiteBuilder.BuildAsync(new BuildOptions(root, Strict: true));
            withSearch.Diagnostics.Select(d => d.ToString()).ShouldBeEmpty();
            File.Exists(Path.Combine(root, "site", "assets", "vendor", "lunr", "lunr.min.js")).ShouldBeTrue();
            Directory.Exists(Path.Combine(root, "node_modules")).ShouldBeFalse();

            var again = new StringWriter();
            InitCommand.Run(cli, TextWriter.Null, again).ShouldBe(1);
            again.ToString().ShouldContain("already has lotse.yml");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Init_from_mkdocs_yml_takes_over_site_name_docs_dir_and_the_nav_order_without_touching_the_markdown()
    {
        var root = Directory.CreateTempSubdirectory("lotse-mkdocs-").FullName;
        try
        {
            void Write(string path, string text)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, path))!);
                File.WriteAllText(Path.Combine(root, path), text);
            }
            Write("mkdocs.yml", """
                site_name: Handbuch Digitale Verwaltung
                docs_dir: dokumente
                theme:
                  name: material
                markdown_extensions:
                  - admonition
                  - pymdownx.details
                nav:
                  - Start: index.md
                  - Zweitens:
                      - zweitens/index.md
                  - Erstens:
                      - Übersicht: erstens/index.md
                      - Vertiefung:
                          - Im Einzelnen: erstens/details.md
                  - Quellcode: https://example.org/handbuch
                """);
            Write("dokumente/index.md", "# Handbuch\n\n!!! note \"Bitte lesen\"\n    Siehe [Erstens](erstens/).\n");
            Write("dokumente/zweitens/index.md", "# Zweitens\n");
            Write("dokumente/erstens/index.md", "Erstens\n=======\n\nText.\n");
            Write("dokumente/erstens/details.md", "# Details zu Erstens\n\nText.\n");
            var markdownBefore = Directory.GetFiles(Path.Combine(root, "dokumente"), "*.md", SearchOption.AllDirectories)
                .ToDictionary(f => f, File.ReadAllText);

            var cli = CliOptions.Parse(["init", "--from", Path.Combine(root, "mkdocs.yml")], out var error).ShouldNotBeNull(error);
            cli.Root.ShouldBe(Path.GetFullPath(root));
            var initOutput = new StringWriter();
            InitCommand.Run(cli, initOutput, TextWriter.Null).ShouldBe(0);
            File.ReadAllText(Path.Combine(root, "lotse.yml")).ShouldContain("title: \"Handbuch Digitale Verwaltung\"");
            // The nav is taken over nested, with its titles; a link to another site is named, not written.
            File.ReadAllText(Path.Combine(root, "dokumente", "_data", "nav.yml")).ShouldContain("""
                - "Erstens":
                    - "Übersicht": "erstens/index.md"
                    - "Vertiefung":
                        - "Im Einzelnen": "erstens/details.md"
                """.Replace("\r\n", "\n"));
            initOutput.ToString().ShouldContain("left out of nav.yml (not a page of the site): Quellcode: https://example.org/handbuch");

            var result = await SiteBuilder.BuildAsync(new BuildOptions(root, Strict: true));
            result.Diagnostics.Select(d => d.ToString()).ShouldBeEmpty();
            var home = File.ReadAllText(Path.Combine(root, "site", "index.html"));
            home.ShouldContain("Handbuch Digitale Verwaltung");
            home.ShouldContain("<p class=\"callout-label\">Bitte lesen</p>");
            home.ShouldContain("href=\"erstens/index.html\"");
            // nav's order (Zweitens before Erstens), not the titles' order.
            home.IndexOf(">Zweitens<", StringComparison.Ordinal).ShouldBeLessThan(home.IndexOf(">Erstens<", StringComparison.Ordinal));
            home.IndexOf(">Zweitens<", StringComparison.Ordinal).ShouldBeGreaterThan(-1);
            // The nested section and the nav's own title of the page (not its h1) are in the navigation.
            var details = File.ReadAllText(Path.Combine(root, "site", "erstens", "details", "index.html"));
            details.ShouldContain(">Vertiefung<");
            details.ShouldContain(">Im Einzelnen<");
            details.ShouldContain("<h1");
            details.ShouldContain("Details zu Erstens</h1>");
            foreach (var (file, text) in markdownBefore) File.ReadAllText(file).ShouldBe(text);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
