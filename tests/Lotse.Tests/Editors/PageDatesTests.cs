using System.Diagnostics;
using Lotse.Site;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Editors;

/// <summary>Issue 8, point 3: "Stand" from front matter, "zuletzt geändert" from git (or the file time),
/// review dates with a notice to readers and a warning naming the owner.</summary>
public sealed class PageDatesTests
{
    private const string Theme = """
        -- themes/default/layouts/_base.html --
        <html>{{ body }}</html>
        -- themes/default/layouts/page.html --
        stand={{ page.stand }}|geaendert={{ page.zuletzt_geaendert }}|ueberfaellig={{ page.pruefung_ueberfaellig }}|
        -- themes/default/layouts/section.html --
        section
        """;

    [Fact]
    public async Task Last_changed_is_the_date_of_the_last_commit_that_touched_the_file()
    {
        using var site = await TestSite.BuildAsync(Theme + "\n" + """
            -- content/a.md --
            ---
            stand: 2025-03-01
            ---
            A
            -- content/b.md --
            B
            """, write: false);
        var root = site.Root;
        Git(root, "2024-05-06T10:00:00+02:00", "init", "-q");
        Git(root, "2024-05-06T10:00:00+02:00", "add", "-A");
        Git(root, "2024-05-06T10:00:00+02:00", "commit", "-q", "-m", "eins");
        File.AppendAllText(Path.Combine(root, "content/b.md"), "\nmehr\n");
        Git(root, "2025-01-31T23:30:00+01:00", "commit", "-q", "-am", "zwei");
        File.WriteAllText(Path.Combine(root, "content/c.md"), "neu, nicht eingecheckt");
        File.SetLastWriteTimeUtc(Path.Combine(root, "content/c.md"), new DateTime(2023, 2, 3, 12, 0, 0, DateTimeKind.Utc));

        var result = await SiteBuilder.BuildAsync(new BuildOptions(root));
        result.Succeeded.ShouldBeTrue();
        using var built = new TestBuild(root, result);
        built.AssertFile("a/index.html", "stand=2025-03-01|geaendert=2024-05-06|");
        built.AssertFile("b/index.html", "geaendert=2025-01-31|");
        built.AssertFile("c/index.html", "geaendert=2023-02-03|");
    }

    [Fact]
    public async Task Without_git_the_file_time_is_used()
    {
        using var site = await TestSite.BuildAsync(Theme + "\n" + """
            -- content/a.md --
            A
            """, write: false);
        File.SetLastWriteTimeUtc(Path.Combine(site.Root, "content/a.md"), new DateTime(2022, 12, 24, 8, 0, 0, DateTimeKind.Utc));
        var result = await SiteBuilder.BuildAsync(new BuildOptions(site.Root));
        using var built = new TestBuild(site.Root, result);
        built.AssertFile("a/index.html", "geaendert=2022-12-24|");
    }

    [Fact]
    public async Task A_passed_review_date_shows_a_notice_and_warns_with_the_owner()
    {
        using var site = await TestSite.BuildAsync(Theme + "\n" + """
            -- content/alt.md --
            ---
            title: Alt
            verantwortlich: Referat DV 2
            pruefen_bis: 2026-01-31
            ---
            A
            -- content/heute.md --
            ---
            pruefen_bis: 2026-02-01
            ---
            B
            -- content/ohne/_dir.yml --
            pruefen_bis: 2025-12-31
            -- content/ohne/c.md --
            C
            -- content/kaputt.md --
            ---
            pruefen_bis: bald
            ---
            D
            """, write: false);
        var result = await SiteBuilder.BuildAsync(new BuildOptions(site.Root, Today: new DateOnly(2026, 2, 1)));
        result.Succeeded.ShouldBeTrue();
        result.Diagnostics.Select(d => d.ToString()).ShouldBe([
            "content/alt.md(4,14): warning LOT0610: The review of this page was due on 2026-01-31 (1 day ago); responsible: 'Referat DV 2'. Review the page, then set 'pruefen_bis' to the next review date.",
            "content/kaputt.md(2,14): warning LOT0611: 'pruefen_bis: bald' is not a date. Write it as YYYY-MM-DD, e.g. 'pruefen_bis: 2027-06-30'.",
            "content/ohne/c.md(1,1): warning LOT0610: The review of this page was due on 2025-12-31 (32 days ago); responsible: nobody (no 'verantwortlich' set). Review the page, then set 'pruefen_bis' to the next review date.",
        ]);
        using var built = new TestBuild(site.Root, result);
        built.AssertFile("alt/index.html", "ueberfaellig=true|");
        built.AssertFile("heute/index.html", "ueberfaellig=|");

        var strict = await SiteBuilder.BuildAsync(new BuildOptions(site.Root, Strict: true, Today: new DateOnly(2026, 2, 1)));
        strict.Succeeded.ShouldBeFalse();
    }

    [Fact]
    public async Task The_default_theme_shows_stand_last_changed_the_edit_link_and_the_review_notice()
    {
        var theme = Path.Combine(TestSite.RepositoryRoot, "themes");
        using var site = await TestSite.BuildAsync("""
            -- lotse.yml --
            title: T
            editUrl: "https://git.example.org/site/-/edit/main/{path}"
            -- themes/x.txt --
            x
            -- content/leitfaden/seite.md --
            ---
            title: Seite
            stand: 2025-03-01
            pruefen_bis: 2025-06-30
            ---
            Text
            -- content/erklaerung-barrierefreiheit.md --
            x
            -- content/leichte-sprache.md --
            x
            -- content/impressum.md --
            x
            -- content/datenschutzerklaerung.md --
            x
            -- content/glossar.md --
            x
            -- content/faq/index.md --
            x
            -- content/efa-wegweiser/index.md --
            x
            -- content/werkzeugkasten/index.md --
            x
            """, write: false);
        CopyDirectory(theme, Path.Combine(site.Root, "themes"));
        File.SetLastWriteTimeUtc(Path.Combine(site.Root, "content/leitfaden/seite.md"), new DateTime(2025, 4, 2, 9, 0, 0, DateTimeKind.Utc));
        var result = await SiteBuilder.BuildAsync(new BuildOptions(site.Root, Today: new DateOnly(2025, 7, 1)));
        using var built = new TestBuild(site.Root, result);
        built.AssertFile("leitfaden/seite/index.html",
            "<span class=\"page-meta__stand\">Stand: <time datetime=\"2025-03-01\">1. März 2025</time></span>",
            "<span class=\"page-meta__changed\">Zuletzt geändert: <time datetime=\"2025-04-02\">2. April 2025</time></span>",
            "<a class=\"page-meta__edit\" href=\"https://git.example.org/site/-/edit/main/content/leitfaden/seite.md\">Seite bearbeiten<span class=\"visually-hidden\">: Seite</span></a>",
            "<div class=\"review-notice\" role=\"note\"",
            "bis zum <time datetime=\"2025-06-30\">30. Juni 2025</time> geprüft werden");
        built.AssertFile("impressum/index.html", "! review-notice", "page-meta__edit");
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    internal static void Git(string root, string date, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = root, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false" }.Concat(args))
            start.ArgumentList.Add(a);
        start.Environment["GIT_AUTHOR_DATE"] = date;
        start.Environment["GIT_COMMITTER_DATE"] = date;
        using var git = Process.Start(start)!;
        var error = git.StandardError.ReadToEnd();
        git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        git.ExitCode.ShouldBe(0, error);
    }
}
