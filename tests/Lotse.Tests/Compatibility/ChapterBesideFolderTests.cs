using Lotse.Tests.Testing;

namespace Lotse.Tests.Compatibility;

/// <summary>Issue 20: GitHub-style guides keep a chapter as <c>04-entwicklung.md</c> next to the folder <c>04-entwicklung/</c>
/// of its sub-pages. The chapter is the folder's page (written to <c>04-entwicklung/index.html</c>, as it would be
/// anyway), not in conflict with a page Lotse makes for the folder.</summary>
public sealed class ChapterBesideFolderTests
{
    private const string Theme = """
        -- themes/default/layouts/_base.html --
        <!DOCTYPE html><html lang="de"><head><title>{{ page.title }}</title></head><body>{{ body }}</body></html>
        -- themes/default/layouts/page.html --
        <main><h1>{{ page.title }}</h1>{{ page.content }}<ol>{{ for c in page.children }}<li>{{ c.title }}</li>{{ end }}</ol></main>
        -- themes/default/layouts/section.html --
        <main><h1>{{ page.title }}</h1><ol>{{ for c in page.children }}<li>{{ c.title }}</li>{{ end }}</ol></main>
        """;

    [Fact]
    public async Task A_chapter_beside_its_folder_is_the_folders_page_and_holds_its_sub_pages()
    {
        using var site = await TestSite.BuildAsync(Theme + """

            -- content/index.md --
            # Leitfaden
            -- content/04-entwicklung.md --
            Entwicklung
            ===========

            Text.
            -- content/04-entwicklung/werkzeuge.md --
            # Werkzeuge
            -- content/03-inhalte.md --
            # Inhalte
            -- content/03-inhalte/bild.png --
            png
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("04-entwicklung/index.html", "<h1>Entwicklung</h1><p>Text.</p>", "<ol><li>Werkzeuge</li></ol>");
        site.AssertFile("index.html", "<ol><li>Inhalte</li><li>Entwicklung</li></ol>");
        site.Exists("03-inhalte/bild.png").ShouldBeTrue();
    }
}
