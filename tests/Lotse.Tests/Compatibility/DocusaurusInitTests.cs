using Lotse.Blocks.Data;
using Lotse.Cli;
using Lotse.Site;

namespace Lotse.Tests.Compatibility;

/// <summary>Issue 20: <c>lotse init --from docusaurus.config.js</c> takes over title, tagline, language, the docs folder,
/// its <c>routeBasePath</c> (as <c>links_base</c>), the <c>static</c> folder (as <c>public</c>) and a written sidebar, so
/// the guide builds with no edit to its Markdown.</summary>
public sealed class DocusaurusInitTests
{
    [Fact]
    public void The_reader_takes_values_in_parentheses_and_past_typescripts_satisfies_and_skips_an_arrow_function_once()
    {
        var (value, skipped) = JsObjectLiteral.ReadAfter("""
            const config: Config = {
              title: 'Handbuch',
              plugins: [
                () =>
                  ({ name: 'bilder' }),
              ],
              presets: [
                ['classic', /** @type {import('@docusaurus/preset-classic').Options} */ ({ docs: { path: 'inhalt' } })],
                ['other', { docs: { path: 'x' } } satisfies Preset.Options],
              ],
              tagline: 'Alles zum Verleih' as const,
            };
            """, "const config: Config =");
        value.ShouldNotBeNull();
        value["title"].ShouldBe("Handbuch");
        value["tagline"].ShouldBe("Alles zum Verleih");
        var presets = value["presets"].ShouldBeOfType<List<object?>>();
        presets.Count.ShouldBe(2);
        skipped.Select(s => $"({s.Line},{s.Column}) {s.Text}").ShouldBe(["(4,5) () =>       ({ name: 'bilder' })"]);
    }

    [Fact]
    public async Task Init_from_a_docusaurus_config_takes_over_title_language_docs_route_static_folder_and_a_written_sidebar()
    {
        var root = Directory.CreateTempSubdirectory("lotse-docusaurus-").FullName;
        try
        {
            void Write(string path, string text)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, path))!);
                File.WriteAllText(Path.Combine(root, path), text);
            }
            Write("docusaurus.config.js", """
                // @ts-check
                const config = {
                  title: 'Handbuch Verleih',
                  tagline: 'Anleitungen für den Verleih',
                  i18n: { defaultLocale: 'de', locales: ['de'] },
                  presets: [
                    [
                      'classic',
                      /** @type {import('@docusaurus/preset-classic').Options} */
                      ({
                        docs: {
                          sidebarPath: require.resolve('./sidebars.js'),
                          routeBasePath: '/handbuch',
                          path: 'inhalt',
                        },
                      }),
                    ],
                  ],
                };
                module.exports = config;
                """);
            Write("sidebars.js", """
                const sidebars = {
                  handbuch: [
                    'zweitens',
                    {
                      type: 'category',
                      label: 'Erstens',
                      link: { type: 'doc', id: 'erstens/index' },
                      items: ['erstens/details'],
                    },
                  ],
                };
                module.exports = sidebars;
                """);
            Write("static/img/logo.png", "png");
            Write("inhalt/index.md", "# Start\n\nSiehe [Details](/handbuch/erstens/details) und ![Logo](/img/logo.png).\n");
            Write("inhalt/02-zweitens.md", "# Zweitens\n");
            Write("inhalt/01-erstens/index.md", "# Erstens\n");
            Write("inhalt/01-erstens/details.mdx", "import X from '@site/x';\n\n# Details zu Erstens\n\nText.\n");

            var cli = CliOptions.Parse(["init", root, "--from", Path.Combine(root, "docusaurus.config.js")], out var error).ShouldNotBeNull(error);
            var initError = new StringWriter();
            InitCommand.Run(cli, TextWriter.Null, initError).ShouldBe(0);
            initError.ToString().ShouldBe($"docusaurus.config.js(12,24): warning LOT0451: Left out 'require.resolve('./sidebars.js')': it is computed when Docusaurus runs, not written as a value. Set what it gives in lotse.yml or nav.yml by hand if it matters.{Environment.NewLine}");
            var settings = File.ReadAllText(Path.Combine(root, "lotse.yml"));
            settings.ShouldContain("title: \"Handbuch Verleih\"");
            settings.ShouldContain("description: \"Anleitungen für den Verleih\"");
            settings.ShouldContain("language: \"de\"");
            settings.ShouldContain("links_base: \"/handbuch/\"");
            settings.ShouldContain("public: \"static\"");
            File.ReadAllText(Path.Combine(root, "inhalt", "_data", "nav.yml")).ShouldContain("""
                - "02-zweitens.md"
                - "Erstens":
                    - "01-erstens/index.md"
                    - "01-erstens/details.mdx"
                """.Replace("\r\n", "\n"));

            var result = await SiteBuilder.BuildAsync(new BuildOptions(root, Strict: true));
            result.Diagnostics.Select(d => d.ToString()).ShouldBeEmpty();
            File.Exists(Path.Combine(root, "site", "img", "logo.png")).ShouldBeTrue();
            var home = File.ReadAllText(Path.Combine(root, "site", "index.html"));
            home.ShouldContain("href=\"01-erstens/details/index.html\"");
            home.ShouldContain("src=\"img/logo.png\"");
            home.IndexOf(">Zweitens<", StringComparison.Ordinal).ShouldBeLessThan(home.IndexOf(">Erstens<", StringComparison.Ordinal));
        }
        finally { Directory.Delete(root, recursive: true); }
    }
}
