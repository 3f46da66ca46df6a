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
            home.ShouldContain("<title>Mein Leitfaden");
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
}
