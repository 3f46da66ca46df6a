using System.Globalization;
using Lotse.Site;
using Lotse.Tests.Integration;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Reliability;

/// <summary>Issue 10, point 3: the output does not depend on culture, time zone or the order in which the
/// file system lists files. (Two builds of the repository site being identical: RepositorySiteTests.)</summary>
public sealed class DeterminismTests
{
    /// <summary>Text that differs between cultures: the Turkish dotted/dotless i, German sorting, decimals, dates.</summary>
    private const string CultureSensitiveSite = """
        -- content/_data/zahlen.yml --
        anteil: 1.5
        gross: 1234567.25
        -- content/index.md --
        ---
        title: Start
        date: 2025-03-31
        ---
        ## INFORMATION und Identität
        ## Ihre Daten, IT-Sicherheit
        [Info](info.md#iii-und-iii)
        -- content/info.md --
        ---
        title: IT-Infrastruktur
        order: 1.5
        ---
        ## III und iii
        Inhalt mit İ und ı.
        -- content/ihre-daten.md --
        # Ihre Daten
        -- content/aerzte.md --
        # Ärzte
        -- content/zebra.md --
        # Zebra
        -- themes/default/layouts/_base.html --
        <!DOCTYPE html><html lang="de"><head><title>{{ page.title }}</title></head><body>{{ body }}</body></html>
        -- themes/default/layouts/page.html --
        <main><h1>{{ page.title | string.upcase }}|{{ page.title | string.downcase }}|{{ page.title | string.capitalize }}</h1>
        {{ page.content }}|{{ data.zahlen.anteil }}|{{ data.zahlen.gross }}|{{ data.zahlen.anteil * 2 }}|{{ page.order }}|{{ page.date }}|{{ date_de page.date }}</main>
        -- themes/default/layouts/section.html --
        <main><h1>{{ page.title | string.upcase }}</h1>{{ page.content }}|{{ data.zahlen.gross }}|{{ date_de page.date }}
        <ul>{{ for c in page.children }}<li><a href="{{ c.url }}">{{ c.title }}</a></li>{{ end }}</ul></main>
        """;

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    public async Task Output_is_byte_identical_under_another_current_culture(string culture)
    {
        using var reference = await BuildUnder(CultureInfo.InvariantCulture, () => TestSite.BuildAsync(CultureSensitiveSite));
        reference.ShouldSucceedWithoutDiagnostics();
        using var other = await BuildUnder(CultureInfo.GetCultureInfo(culture), async () =>
        {
            "i".ToUpper(CultureInfo.CurrentCulture).ShouldBe(culture == "tr-TR" ? "İ" : "I"); // the culture really is in effect
            (1.5).ToString(CultureInfo.CurrentCulture).ShouldBe("1,5");
            return await TestSite.BuildAsync(CultureSensitiveSite);
        });
        other.ShouldSucceedWithoutDiagnostics();
        OutputSafetyTests.Snapshot(other.Output).ShouldBe(OutputSafetyTests.Snapshot(reference.Output));
        reference.AssertFile("info/index.html", "IT-INFRASTRUKTUR|it-infrastruktur|", "|1.5|1234567.25|3|1.5|");
        reference.AssertFile("index.html", "31. März 2025");
    }

    private static async Task<TestBuild> BuildUnder(CultureInfo culture, Func<Task<TestBuild>> build)
    {
        // Culture set here flows into the build's tasks and parallel loops, and is undone when this method returns.
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        return await build();
    }

    /// <summary>The real command line in processes whose locale (LC_ALL, LANG) and time zone (TZ) differ, over
    /// the repository's whole site.</summary>
    [Fact]
    public async Task The_repository_site_is_byte_identical_under_other_locales_and_time_zones()
    {
        var outputs = new List<string>();
        try
        {
            foreach (var (locale, zone) in new[] { ("C.UTF-8", "UTC"), ("tr_TR.UTF-8", "Pacific/Kiritimati"), ("de_DE.UTF-8", "America/Los_Angeles") })
            {
                var output = Path.Combine(Directory.CreateTempSubdirectory("lotse-locale-").FullName, "site");
                outputs.Add(output);
                var (exit, stdout, stderr) = await LotseProcess.RunAsync(["build", TestSite.RepositoryRoot, "--output", output],
                    new Dictionary<string, string> { ["LC_ALL"] = locale, ["LANG"] = locale, ["TZ"] = zone });
                exit.ShouldBe(0, stdout + stderr);
                stderr.ShouldBeEmpty();
                stdout.ShouldContain(" 0 errors, 0 warnings in ");
            }
            var reference = OutputSafetyTests.Snapshot(outputs[0]);
            reference.Count.ShouldBeGreaterThan(100);
            OutputSafetyTests.Snapshot(outputs[1]).ShouldBe(reference);
            OutputSafetyTests.Snapshot(outputs[2]).ShouldBe(reference);
        }
        finally
        {
            foreach (var output in outputs) Directory.Delete(Path.GetDirectoryName(output)!, recursive: true);
        }
    }

    /// <summary>Files created in opposite orders are listed in different orders by most file systems; the
    /// output is the same.</summary>
    [Fact]
    public async Task Output_does_not_depend_on_the_order_files_were_created_in()
    {
        var files = SiteFiles.Parse(CultureSensitiveSite + "\n-- lotse.yml --\ntitle: T\n" +
            string.Concat(Enumerable.Range(0, 40).Select(i => $"-- content/teil-{i % 4}/seite-{i}.md --\n# Seite {(i * 7) % 40}\n[Start](../index.md)\n")));
        var forward = await BuildInOrder(files);
        var backward = await BuildInOrder(files.Reverse().ToList());
        try
        {
            forward.Result.Succeeded.ShouldBeTrue(string.Join('\n', forward.Diagnostics));
            OutputSafetyTests.Snapshot(backward.Output).ShouldBe(OutputSafetyTests.Snapshot(forward.Output));
        }
        finally
        {
            forward.Dispose();
            backward.Dispose();
        }
    }

    private static async Task<TestBuild> BuildInOrder(IReadOnlyList<(string Path, string Content)> files)
    {
        var root = Directory.CreateTempSubdirectory("lotse-order-").FullName;
        foreach (var (path, content) in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, path))!);
            await File.WriteAllTextAsync(Path.Combine(root, path), content);
        }
        return new TestBuild(root, await SiteBuilder.BuildAsync(new BuildOptions(root)));
    }
}
