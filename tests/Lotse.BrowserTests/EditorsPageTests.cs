
using Lotse.Blocks.Paths;
using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.BrowserTests;

/// <summary>Issue 8: what the editors' features add to a page (the review notice, marked glossary terms,
/// the page dates and the edit link) passes axe and the structure checks with the default theme.</summary>
[Collection(SiteCollection.Name)]
public sealed class EditorsPageTests(SiteFixture site)
{
    [Fact]
    public async Task A_page_with_an_overdue_review_and_glossary_terms_is_accessible()
    {
        var root = site.NewTempFolder("lotse-editors");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(site.RepoRoot, "themes"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, "themes", Path.GetRelativePath(Path.Combine(site.RepoRoot, "themes"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        Write(root, "lotse.yml", "title: Vorschau\ndescription: Test\neditUrl: \"https://git.example.org/site/-/edit/main/{path}\"\n");
        Write(root, "content/_data/glossar.yml", "- begriff: EfA\n  langform: Einer für Alle\n  erklaerung: Ein Land baut, alle nutzen.\n");
        Write(root, "content/index.md", "---\ntitle: Start\nlayout: page\n---\nStartseite.\n");
        Write(root, "content/glossar.md", "---\ntitle: Glossar\nlayout: glossar\n---\nAlle Begriffe.\n");
        Write(root, "content/leitfaden/seite.md", """
            ---
            title: Eine Seite
            description: Eine Seite zum Prüfen.
            stand: 2025-03-01
            pruefen_bis: 2025-06-30
            verantwortlich: Redaktion
            ---
            Das Prinzip EfA hilft allen Ländern.

            ## Abschnitt

            Noch einmal EfA.
            """);
        var output = Path.Combine(root, "site");
        var result = await SiteBuilder.BuildAsync(new BuildOptions(root, output, Today: new DateOnly(2025, 7, 1)));
        result.Errors.ShouldBeEmpty();

        var baseUrl = site.Serve(output);
        await using var scanner = await PageScanner.CreateAsync(site.Browser, baseUrl);
        var findings = await scanner.ScanAsync("leitfaden/seite", baseUrl + "leitfaden/seite/index.html");
        findings.LoadError.ShouldBeNull();
        findings.AxeViolations.ShouldBeEmpty();
        findings.StructureProblems.ShouldBeEmpty();
        findings.ForeignRequests.ShouldBeEmpty();
        findings.ConsoleErrors.ShouldBeEmpty();
        findings.Overflow320.ShouldBeNull();

        var tab = scanner.Page;
        await tab.SetViewportSizeAsync(1280, 900);
        (await tab.Locator(".review-notice").InnerTextAsync()).ShouldContain("Diese Seite wird gerade überprüft.");
        (await tab.Locator("a.glossary-term abbr").AllInnerTextsAsync()).ShouldBe(["EfA"]);
        (await tab.Locator("a.glossary-term").GetAttributeAsync("href")).ShouldBe("../../glossar/index.html#efa");
        (await tab.Locator(".page-meta").InnerTextAsync()).ShouldContain("Zuletzt geändert:");
        (await tab.Locator("a.page-meta__edit").GetAttributeAsync("href")).ShouldBe("https://git.example.org/site/-/edit/main/content/leitfaden/seite.md");
    }

    private static void Write(string root, string path, string content)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
    }
}
