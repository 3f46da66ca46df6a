using Lotse.Tests.Testing;

namespace Lotse.Tests.Compatibility;

/// <summary>Issue 20: a Docusaurus docs folder builds as it is: <c>.mdx</c> files are pages, MDX <c>import</c>/<c>export</c>
/// lines and <c>{/* */}</c> comments are left out (the h1 after them is the title), <c>&lt;Tabs&gt;</c> become labelled
/// sections, other React components are left out with LOT0446, and <c>sidebar_position</c>, <c>sidebar_label</c>
/// and <c>_category_.json</c> place pages and folders.</summary>
public sealed class DocusaurusTests
{
    private const string Docs = """
        -- content/index.md --
        # Start

        [Einführung](intro.md)
        -- content/intro.md --
        ---
        sidebar_position: 1
        sidebar_label: Einstieg
        ---
        import Tabs from '@theme/Tabs';
        import TabItem from '@theme/TabItem';

        # Einführung

        Siehe [Schritt](anleitung/schritt.mdx) und [Zwei](anleitung/zwei). {/* Notiz für uns */}

        <Tabs>
          <TabItem value="win" label="Windows" default>
            Doppelklick.
          </TabItem>
          <TabItem value="mac" label="macOS">

        Mit **Finder**.

          </TabItem>
        </Tabs>

        `<Tabs>` im Code bleibt.
        -- content/anleitung/_category_.json --
        { "label": "Schritt für Schritt", "position": 2 }
        -- content/anleitung/schritt.mdx --
        ---
        title: Schritt
        ---
        export const Highlight = ({children}) => <span>{children}</span>;

        Das ist <Highlight color="#25c2a0">wichtig</Highlight>.
        -- content/anleitung/zwei.md --
        # Zwei
        -- content/anhang.md --
        ---
        sidebar_position: 3
        ---
        # Anhang
        """;

    [Fact]
    public async Task Mdx_pages_imports_tabs_and_components_build_and_only_the_unknown_component_is_reported()
    {
        using var site = await TestSite.BuildAsync(Docs);
        site.Diagnostics.ShouldHaveSingleItem().ShouldContain(
            "content/anleitung/schritt.mdx(6,9): warning LOT0446: <Highlight> is a React component (MDX, Docusaurus)");
        site.AssertFile("intro/index.html", "<h1>Einführung</h1>", "href=\"../anleitung/schritt/index.html\">Schritt", "href=\"../anleitung/zwei/index.html\">Zwei",
            "<div class=\"tab\"><p><strong>Windows</strong></p>", "<strong>macOS</strong>", "Mit <strong>Finder</strong>.", "<code>&lt;Tabs&gt;</code>");
        var intro = site.Read("intro/index.html");
        intro.ShouldNotContain("import ");
        intro.ShouldNotContain("Notiz");
        intro.ShouldNotContain("<TabItem");
        site.AssertFile("anleitung/schritt/index.html", "Das ist wichtig.");
        site.Read("anleitung/schritt/index.html").ShouldNotContain("export const");
        site.Exists("anleitung/schritt.mdx").ShouldBeFalse();
    }

    private const string NavTheme = """
        -- themes/default/layouts/_base.html --
        {{ body }}
        -- themes/default/layouts/page.html --
        {{ func tree(items) }}[{{ for i in items }}{{ i.title }}{{ if i.children.size > 0 }}{{ tree i.children }}{{ end }};{{ end }}]{{ end }}NAV{{ tree nav }}|
        -- themes/default/layouts/section.html --
        SECTION
        """;

    [Fact]
    public async Task Sidebar_positions_labels_and_category_files_order_and_name_the_navigation()
    {
        using var site = await TestSite.BuildAsync(NavTheme + "\n" + Docs);
        site.AssertFile("anhang/index.html", "NAV[Einstieg;Schritt für Schritt;Anhang;]|");
    }

    [Fact]
    public async Task Outside_mdx_a_capitalised_placeholder_in_a_sentence_is_no_component()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            # Start

            Schreibe `WM(CMD 'x')` in die Kategorie <Category> und den <Name> dazu.
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("index.html", "<Category>");
    }

    [Fact]
    public async Task In_a_docusaurus_site_a_md_page_is_mdx_too()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/docusaurus.config.js --
            export default { title: 'Handbuch' };
            -- content/index.md --
            # Start

            Das ist <Highlight>wichtig</Highlight>.
            """);
        site.Diagnostics.ShouldHaveSingleItem().ShouldContain("content/index.md(3,9): warning LOT0446: <Highlight>");
    }
}
