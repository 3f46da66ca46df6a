using Lotse.Blocks.Data;
using Lotse.Cli;
using Lotse.Site;

namespace Lotse.Tests.Compatibility;

/// <summary>Issue 20: <c>lotse init --from docs/.vitepress/config.mts</c> reads the static object literal of a VitePress
/// configuration (title, description, lang, srcDir, themeConfig.sidebar/nav) and names what it had to leave out.</summary>
public sealed class VitePressInitTests
{
    [Fact]
    public void The_reader_takes_strings_arrays_objects_comments_and_trailing_commas_and_names_what_it_skips()
    {
        var (value, skipped) = JsObjectLiteral.ReadAfter("""
            import { defineConfig } from 'vitepress'
            const VERSION = '2.1'
            export default defineConfig({
              // the site
              title: 'Handbuch', /* block */ "description": "Ein \"Satz\"",
              base: `/doku/`,
              cleanUrls: true, count: 3,
              version: VERSION,
              themeConfig: {
                sidebar: [ { text: 'Start', link: '/' }, sidebarOf('de'), ],
                ...rest,
                search() { return 1 },
              },
            })
            """, "defineConfig(");
        value.ShouldNotBeNull();
        value["title"].ShouldBe("Handbuch");
        value["description"].ShouldBe("Ein \"Satz\"");
        value["base"].ShouldBe("/doku/");
        value["cleanUrls"].ShouldBe(true);
        value["count"].ShouldBe(3.0);
        value.ContainsKey("version").ShouldBeFalse();
        var theme = value["themeConfig"].ShouldBeOfType<Dictionary<string, object?>>();
        theme["sidebar"].ShouldBeOfType<List<object?>>().Count.ShouldBe(1);
        skipped.Select(s => $"({s.Line},{s.Column}) {s.Text}").ShouldBe([
            "(8,12) VERSION", "(10,46) sidebarOf('de')", "(11,5) ...rest", "(12,5) search() { return 1 }"]);
    }

    [Fact]
    public async Task Init_from_a_vitepress_config_takes_over_title_language_srcDir_and_the_sidebar()
    {
        var root = Directory.CreateTempSubdirectory("lotse-vitepress-").FullName;
        try
        {
            void Write(string path, string text)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, path))!);
                File.WriteAllText(Path.Combine(root, path), text);
            }
            Write("docs/.vitepress/config.mts", """
                import { defineConfig } from 'vitepress'
                export default defineConfig({
                  title: 'Handbuch Verleih',
                  description: 'Anleitungen für den Verleih',
                  lang: 'de-DE',
                  srcDir: 'inhalt',
                  themeConfig: {
                    nav: [{ text: 'Start', link: '/' }],
                    sidebar: {
                      '/': [
                        { text: 'Zweitens', link: '/zweitens/' },
                        { text: 'Erstens', items: [
                          { text: 'Übersicht', link: '/erstens/' },
                          { text: 'Im Einzelnen', link: '/erstens/details' },
                        ] },
                        { text: 'GitHub', link: 'https://example.org/repo' },
                      ],
                    },
                  },
                })
                """);
            Write("docs/inhalt/index.md", "# Handbuch\n\n::: tip Bitte lesen\nSiehe [Erstens](/erstens/).\n:::\n");
            Write("docs/inhalt/zweitens/index.md", "# Zweitens\n");
            Write("docs/inhalt/erstens/index.md", "# Erstens\n\nText.\n");
            Write("docs/inhalt/erstens/details.md", "# Details zu Erstens\n\nText.\n");

            var cli = CliOptions.Parse(["init", root, "--from", Path.Combine(root, "docs/.vitepress/config.mts")], out var error).ShouldNotBeNull(error);
            var initOutput = new StringWriter();
            var initError = new StringWriter();
            InitCommand.Run(cli, initOutput, initError).ShouldBe(0);
            initError.ToString().ShouldBeEmpty();
            var settings = File.ReadAllText(Path.Combine(root, "lotse.yml"));
            settings.ShouldContain("title: \"Handbuch Verleih\"");
            settings.ShouldContain("description: \"Anleitungen für den Verleih\"");
            settings.ShouldContain("language: \"de\"");
            File.ReadAllText(Path.Combine(root, "docs", "inhalt", "_data", "nav.yml")).ShouldContain("""
                - "Zweitens": "zweitens/index.md"
                - "Erstens":
                    - "Übersicht": "erstens/index.md"
                    - "Im Einzelnen": "erstens/details.md"
                """.Replace("\r\n", "\n"));
            initOutput.ToString().ShouldContain("left out of nav.yml (not a page of the site): GitHub: https://example.org/repo");

            var result = await SiteBuilder.BuildAsync(new BuildOptions(root, Strict: true));
            result.Diagnostics.Select(d => d.ToString()).ShouldBeEmpty();
            var home = File.ReadAllText(Path.Combine(root, "site", "index.html"));
            home.ShouldContain("Handbuch Verleih");
            home.IndexOf(">Zweitens<", StringComparison.Ordinal).ShouldBeLessThan(home.IndexOf(">Erstens<", StringComparison.Ordinal));
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    [Fact]
    public void A_value_computed_at_run_time_is_a_warning_at_its_line()
    {
        var root = Directory.CreateTempSubdirectory("lotse-vitepress-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, ".vitepress"));
            File.WriteAllText(Path.Combine(root, ".vitepress", "config.js"), "export default {\n  title: 'Doku',\n  themeConfig: { sidebar: sidebarDocs() },\n}\n");
            File.WriteAllText(Path.Combine(root, "index.md"), "# Doku\n");
            var site = Path.Combine(root, "lotse");
            Directory.CreateDirectory(site);
            var cli = CliOptions.Parse(["init", site, "--from", Path.Combine(root, ".vitepress", "config.js")], out var error).ShouldNotBeNull(error);
            var initError = new StringWriter();
            InitCommand.Run(cli, TextWriter.Null, initError).ShouldBe(0);
            initError.ToString().Trim().ShouldBe("../.vitepress/config.js(3,27): warning LOT0443: Left out 'sidebarDocs()': it is computed when VitePress runs, not written as a value. Set what it gives in lotse.yml or nav.yml by hand.");
        }
        finally { Directory.Delete(root, recursive: true); }
    }
}
