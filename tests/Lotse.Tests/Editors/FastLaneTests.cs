using Lotse.Cli;
using Lotse.Site;
using Lotse.Tests.Integration;
using Lotse.Tests.Testing;
using static Lotse.Tests.Testing.ServeEvents;

namespace Lotse.Tests.Editors;

/// <summary>Issue 26: <c>lotse serve</c>'s fast lane. An edit of a page's body alone renders and writes that page
/// with the last build's site-wide facts (<see cref="SinglePageRender"/>); the ordinary rebuild follows and afterwards the
/// output is a full build's, byte for byte. Every change that other pages or the site's collections show, or that
/// changes what the page's neighbours show of it, takes the ordinary rebuild (<see cref="BodyOnlyChange"/>).</summary>
public sealed class FastLaneTests
{
    /// <summary>A sidebar with every page's title, the offline footer, a page with a cross-reference to another page's
    /// heading, a page that includes a page (Quarto), a checklist page and an FAQ.</summary>
    private const string Site = """
        -- lotse.yml --
        title: Testseite
        language: de
        -- themes/default/layouts/_base.html --
        <!DOCTYPE html><html lang="de"><head><title>{{ page.title }}</title></head><body><nav>{{ nav_html "weitere" }}</nav>{{ body }}
        {{ if site.offline }}<footer>{{ if site.offline.faq }}<a class="faq" href="{{ rel }}{{ site.offline.faq }}">{{ site.offline.faq_title }}</a>{{ end }} {{ site.offline.size }}</footer>{{ end }}</body></html>
        -- themes/default/layouts/page.html --
        <main><h1>{{ page.title }}</h1>{{ page.content }}</main>
        -- themes/default/layouts/section.html --
        <main><h1>{{ page.title }}</h1>{{ page.content }}</main>
        -- themes/default/assets/css/checklist.css --
        .checklist {}
        -- themes/default/assets/js/checklist.js --
        // Checklisten
        -- content/_data/rollen.yml --
        - id: kommune
          name: Kommune
        -- content/index.md --
        # Start
        -- content/teil/index.md --
        # Teil
        -- content/teil/a.md --
        # Seite A

        Erste Fassung.

        ## Abschnitt

        Text im Abschnitt.
        -- content/teil/b.md --
        # Seite B

        Text von B mit [Link zum Teil](index.md).

        {{< include c.md >}}
        -- content/teil/c.md --
        Text von C, den B einbindet.
        -- content/teil/_baustein.md --
        Baustein.
        -- content/teil/liste.md --
        # Liste

        ::: checkliste id="vorbereitung" titel="Vorbereitung"
        - [ ] Antrag lesen {#antrag-lesen rollen="kommune"}
        :::
        -- content/faq/index.md --
        # Häufige Fragen
        -- content/faq/frage.md --
        # Was ist das?

        Eine Antwort.
        """;

    private static BuildOptions Options(TestBuild site) => new(site.Root, Today: new DateOnly(2026, 1, 15));

    private static async Task<(TestBuild Site, BuildCache Cache)> Served()
    {
        var site = await TestSite.BuildAsync(Site, write: false);
        var cache = new BuildCache();
        var first = await SiteBuilder.BuildAsync(Options(site), cache);
        first.Succeeded.ShouldBeTrue(string.Join("\n", first.Diagnostics));
        cache.FastLane.ShouldNotBeNull();
        return (site, cache);
    }

    /// <summary>One save as serve handles it: the fast lane when it takes the change (its result, else null), then the
    /// ordinary rebuild in both stages; afterwards the output equals a full build's.</summary>
    private static async Task<FastLaneResult?> Save(TestBuild site, BuildCache cache, params (string Path, string? Text)[] files)
    {
        foreach (var (path, text) in files)
            if (text is null) File.Delete(Path.Combine(site.Root, path));
            else site.Write(path, text);
        var changes = files.Select(f => Path.Combine(site.Root, f.Path)).ToList();
        cache.SourcesChanged(changes);
        var lane = cache.FastLane is { } fast ? await fast.TryAsync(changes) : null;
        var build = await SiteBuilder.BuildInStagesAsync(Options(site), cache);
        build.First.Succeeded.ShouldBeTrue(string.Join("\n", build.First.Diagnostics));
        if (build.HasSecondStage) (await build.FinishAsync(CancellationToken.None)).Succeeded.ShouldBeTrue();
        await StagedRebuildTests.ShouldEqualAFullBuild(site);
        return lane;
    }

    [Fact]
    public async Task A_body_edit_writes_the_page_alone_and_the_ordinary_rebuild_then_makes_the_output_a_full_build_s()
    {
        var (site, cache) = await Served();
        using var _ = site;
        var neighbour = site.Read("teil/b/index.html");
        site.Write("content/teil/a.md", "# Seite A\n\nZweite Fassung, [mit Link zu B](b.md).\n\n## Abschnitt\n\nText im Abschnitt.\n");
        string[] changed = [Path.Combine(site.Root, "content/teil/a.md")];
        cache.SourcesChanged(changed);

        var lane = await cache.FastLane!.TryAsync(changed);

        lane.ShouldNotBeNull();
        lane.Pages.ShouldBe(["teil/a/index.html"]);
        var served = site.Read("teil/a/index.html");
        served.ShouldContain("Zweite Fassung");
        served.ShouldContain("mit Link zu B</a>", Case.Sensitive, served);
        served.ShouldContain("Seite B"); // the sidebar, from the last build's navigation
        site.Read("teil/b/index.html").ShouldBe(neighbour);

        var build = await SiteBuilder.BuildInStagesAsync(Options(site), cache);
        build.First.Succeeded.ShouldBeTrue(string.Join("\n", build.First.Diagnostics));
        (await build.FinishAsync(CancellationToken.None)).Succeeded.ShouldBeTrue();
        await StagedRebuildTests.ShouldEqualAFullBuild(site);
        site.Read("teil/a/index.html").ShouldContain("Zweite Fassung");
        cache.FastLane.ShouldNotBeNull(); // the next body edit takes the lane again
        (await Save(site, cache, ("content/teil/a.md", "# Seite A\n\nDritte Fassung.\n\n## Abschnitt\n\nText im Abschnitt.\n"))).ShouldNotBeNull();
        site.Read("teil/a/index.html").ShouldContain("Dritte Fassung.");
    }

    [Fact]
    public async Task Two_body_edits_in_a_row_take_the_lane_also_when_the_rebuild_between_them_did_not_run()
    {
        var (site, cache) = await Served();
        using var _ = site;
        site.Write("content/teil/a.md", "# Seite A\n\nZweite Fassung.\n\n## Abschnitt\n\nText im Abschnitt.\n");
        string[] a = [Path.Combine(site.Root, "content/teil/a.md")];
        cache.SourcesChanged(a);
        (await cache.FastLane!.TryAsync(a)).ShouldNotBeNull();

        (await Save(site, cache, ("content/index.md", "# Start\n\nWillkommen.\n"))).ShouldNotBeNull();

        site.Read("index.html").ShouldContain("Willkommen.");
        site.Read("teil/a/index.html").ShouldContain("Zweite Fassung.");
    }

    public static TheoryData<string, string, string?> NotBodyOnly => new()
    {
        { "a new title", "content/teil/a.md", "# Seite Alpha\n\nErste Fassung.\n\n## Abschnitt\n\nText im Abschnitt.\n" },
        { "front matter", "content/teil/a.md", "---\ntitle: Seite A\n---\n# Seite A\n\nErste Fassung.\n\n## Abschnitt\n\nText im Abschnitt.\n" },
        { "a heading's id", "content/teil/a.md", "# Seite A\n\nErste Fassung.\n\n## Anderer Abschnitt\n\nText im Abschnitt.\n" },
        { "a heading's text", "content/teil/a.md", "# Seite A\n\nErste Fassung.\n\n## Ein anderer Abschnitt {#abschnitt}\n\nText im Abschnitt.\n" },
        { "a template", "themes/default/layouts/page.html", "<main class=\"neu\"><h1>{{ page.title }}</h1>{{ page.content }}</main>" },
        { "lotse.yml", "lotse.yml", "title: Neue Testseite\nlanguage: de\n" },
        { "a new page", "content/teil/d.md", "# Seite D\n\nNeu.\n" },
        { "a deleted page", "content/teil/a.md", null },
        { "an included file", "content/teil/_baustein.md", "Baustein, neu.\n" },
        { "a page another page includes", "content/teil/c.md", "Text von C in neuer Fassung.\n" },
        { "a checklist page", "content/teil/liste.md", "# Liste\n\n::: checkliste id=\"vorbereitung\" titel=\"Vorbereitung\"\n- [ ] Antrag gründlich lesen {#antrag-lesen rollen=\"kommune\"}\n:::\n" },
        { "a page that gets a checklist", "content/teil/a.md", "# Seite A\n\nErste Fassung.\n\n::: checkliste id=\"neu\" titel=\"Neu\"\n- [ ] Etwas tun {#etwas rollen=\"kommune\"}\n:::\n\n## Abschnitt\n\nText im Abschnitt.\n" },
        { "an FAQ page", "content/faq/frage.md", "# Was ist das?\n\nEine andere Antwort.\n" },
        { "a draft", "content/teil/a.md", "---\ndraft: true\n---\n# Seite A\n\nErste Fassung.\n" },
    };

    [Theory]
    [MemberData(nameof(NotBodyOnly))]
    public async Task A_change_that_is_not_body_only_takes_the_ordinary_rebuild(string what, string path, string? text)
    {
        var (site, cache) = await Served();
        using var _ = site;

        var lane = await Save(site, cache, (path, text));

        lane.ShouldBeNull(what);
    }

    [Fact]
    public async Task A_body_edit_with_a_broken_link_takes_the_ordinary_rebuild_which_reports_it()
    {
        var (site, cache) = await Served();
        using var _ = site;
        site.Write("content/teil/a.md", "# Seite A\n\n[Kaputt](b.md#gibt-es-nicht)\n\n## Abschnitt\n\nText im Abschnitt.\n");
        string[] changed = [Path.Combine(site.Root, "content/teil/a.md")];
        cache.SourcesChanged(changed);
        var served = site.Read("teil/a/index.html");

        (await cache.FastLane!.TryAsync(changed)).ShouldBeNull();

        site.Read("teil/a/index.html").ShouldBe(served);
        var build = await SiteBuilder.BuildInStagesAsync(Options(site), cache);
        build.First.Succeeded.ShouldBeFalse();
        build.First.Diagnostics.ShouldContain(d => d.Code == Lotse.Blocks.Diagnostics.DiagnosticCodes.AnchorMissing);
        cache.FastLane.ShouldBeNull(); // until a build is good again
    }

    /// <summary>With the real <c>lotse serve</c>: the log says the fast lane took the save, the browser reloads with the new
    /// page, and once serve is idle the output is a full build's.</summary>
    [Fact]
    public async Task Serve_takes_a_body_edit_through_the_fast_lane()
    {
        using var site = await TestSite.BuildAsync(Site, write: false);
        var port = ServeTests.FreePort();
        var cli = CliOptions.Parse(["serve", site.Root, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--today", "2026-01-15"], out _)!;
        using var stop = new CancellationTokenSource();
        var log = new StringWriter();
        var serving = Task.Run(() => ServeCommand.RunAsync(cli, TextWriter.Synchronized(log), stop.Token));
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
            await Eventually(async () => (await http.GetStringAsync("teil/a/index.html")).Contains("Erste Fassung."));
            using var events = new StreamReader(await http.GetStreamAsync("/_lotse/events"));
            (await NextEvent(events, "status")).ShouldContain("\"ok\":true");

            // The first change after serve started is rebuilt the ordinary way (the watcher does not know what changed
            // before it started); the next body edit takes the fast lane.
            site.Write("content/teil/a.md", "# Seite A\n\nZweite Fassung.\n\n## Abschnitt\n\nText im Abschnitt.\n");
            await NextEvent(events, "reload");
            (await http.GetStringAsync("teil/a/index.html")).ShouldContain("Zweite Fassung.");
            await EventuallyEqualsAFullBuild(site);
            log.ToString().ShouldNotContain("fast lane");

            site.Write("content/teil/a.md", "# Seite A\n\nDritte Fassung.\n\n## Abschnitt\n\nText im Abschnitt.\n");
            await NextEvent(events, "reload");
            (await http.GetStringAsync("teil/a/index.html")).ShouldContain("Dritte Fassung.");
            log.ToString().ShouldContain("fast lane: 1 page,");
            await EventuallyEqualsAFullBuild(site);
        }
        finally
        {
            await stop.CancelAsync();
            (await serving).ShouldBe(0);
        }
    }

    private static async Task EventuallyEqualsAFullBuild(TestBuild site)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await StagedRebuildTests.ShouldEqualAFullBuild(site);
                return;
            }
            catch (ShouldAssertException) when (attempt < 60)
            {
                await Task.Delay(500);
            }
        }
    }
}
