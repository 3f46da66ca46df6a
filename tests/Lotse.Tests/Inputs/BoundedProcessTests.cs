using System.Diagnostics;
using Lotse.Cli;
using Lotse.Tests.Testing;
using Shouldly;

namespace Lotse.Tests.Inputs;

/// <summary>Issue 19, point 6: <c>lotse pdf</c> does not wait for a Chromium that hangs, and <c>lotse new</c> does
/// not make file names longer than file systems allow.</summary>
public sealed class BoundedProcessTests
{
    private const string Site = """
        -- content/index.md --
        # Start
        -- content/teil/index.md --
        ---
        title: Der Teil
        ---
        Über den Teil.
        -- content/teil/a.md --
        # Seite A
        -- content/teil/b.md --
        # Seite B
        """;

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // the fake Chromium is a shell script
    public async Task A_Chromium_that_exits_without_a_PDF_is_LOT0171_with_its_last_words()
    {
        using var site = await TestSite.BuildAsync(TestSite.MinimalTheme + "\n" + Site + "\n-- themes/default/layouts/gesamtausgabe.html --\n<h1>{{ page.title }}</h1>{{ page.content }}\n", write: false);
        var fake = Path.Combine(site.Root, "fake-chromium");
        File.WriteAllText(fake, "#!/bin/sh\necho 'Fehler eins' >&2\necho 'profile locked' >&2\nexit 3\n");
        File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var cli = CliOptions.Parse(["pdf", site.Root, "--chromium", fake, "--today", "2026-12-01"], out var problem)!;
        problem.ShouldBeNull();
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await PdfCommand.RunAsync(cli, output, error);

        code.ShouldNotBe(0, error + "\n" + output);
        error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldContain(
            "content/teil/gesamtausgabe: error LOT0171: Chromium exited with code 3 and wrote no PDF: Fehler eins | profile locked. Run it by hand to see why (printing teil/gesamtausgabe/index.html).");
    }

    [Fact]
    public async Task A_Chromium_that_cannot_be_started_is_LOT0171()
    {
        using var site = await TestSite.BuildAsync(TestSite.MinimalTheme + "\n" + Site + "\n-- themes/default/layouts/gesamtausgabe.html --\n<h1>{{ page.title }}</h1>{{ page.content }}\n", write: false);
        var missing = Path.Combine(site.Root, "kein-chromium");
        File.WriteAllText(missing, "not a program"); // exists, but may not be run
        var cli = CliOptions.Parse(["pdf", site.Root, "--chromium", missing, "--today", "2026-12-01"], out _)!;
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await PdfCommand.RunAsync(cli, output, error);

        code.ShouldNotBe(0, error + "\n" + output);
        var line = error.ToString().Split('\n').Single(l => l.Contains("LOT0171", StringComparison.Ordinal));
        line.ShouldStartWith("content/teil/gesamtausgabe: error LOT0171: Chromium could not be started (");
        line.ShouldEndWith("Permission denied). Give a working Chromium with --chromium PATH (printing teil/gesamtausgabe/index.html).");
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // the fake Chromium is a shell script
    public async Task A_silent_Chromium_is_stopped_after_the_timeout_with_a_diagnostic_and_killed()
    {
        using var site = await TestSite.BuildAsync(TestSite.MinimalTheme + "\n" + Site + "\n-- themes/default/layouts/gesamtausgabe.html --\n<h1>{{ page.title }}</h1>{{ page.content }}\n", write: false);
        var pidFile = Path.Combine(site.Root, "chromium.pid");
        var fake = Path.Combine(site.Root, "fake-chromium");
        File.WriteAllText(fake, $"#!/bin/sh\necho $$ > '{pidFile}'\nexec sleep 600\n");
        File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var cli = CliOptions.Parse(["pdf", site.Root, "--chromium", fake, "--timeout", "2", "--today", "2026-12-01"], out var problem)!;
        problem.ShouldBeNull();
        cli.PdfTimeout.ShouldBe(TimeSpan.FromSeconds(2));

        var output = new StringWriter();
        var error = new StringWriter();
        var clock = Stopwatch.StartNew();
        var code = await PdfCommand.RunAsync(cli, output, error);
        clock.Stop();

        code.ShouldBe(PdfCommand.ChromiumMissing, error + "\n" + output);
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60), "2 s per PDF, not Chromium's 3 minutes");
        error.ToString().ShouldContain("content/teil/gesamtausgabe: error LOT0170: Chromium did not finish the PDF within 2 s and was stopped.");
        var pid = int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Directory.Exists($"/proc/{pid}").ShouldBeFalse($"the hanging Chromium (pid {pid}) is killed");
        Directory.EnumerateFiles(Path.Combine(site.Root, "pdf")).ShouldBeEmpty("no half-written PDF stays");
    }

    [Fact]
    public void The_PDF_timeout_defaults_to_60_seconds_and_a_wrong_one_is_refused()
    {
        CliOptions.Parse(["pdf"], out _)!.PdfTimeout.ShouldBeNull();
        Lotse.Features.Print.ChromiumPdfPrinter.DefaultTimeout.ShouldBe(TimeSpan.FromSeconds(60));
        CliOptions.Parse(["pdf", "--timeout", "soon"], out var error).ShouldBeNull();
        error.ShouldBe("lotse: error LOT0006: '--timeout' needs a number of seconds, more than 0 and at most 86400, not 'soon'. See 'lotse pdf --help'.");
    }

    [Fact]
    public async Task A_very_long_question_makes_a_short_file_name()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            # Start
            -- content/faq/index.md --
            # FAQ
            -- content/faq/grundlagen/index.md --
            # Grundlagen
            """, write: false);
        var question = string.Concat(Enumerable.Repeat("Wie lange darf eine Frage im Onlinezugangsgesetz eigentlich werden ", 12)) + "?";
        var output = new StringWriter();
        var error = new StringWriter();
        var cli = CliOptions.Parse(["new", "faq", question, "--thema", "grundlagen", "--root", site.Root, "--today", "2026-12-01"], out _)!;
        var code = NewCommand.Run(cli, output, error);
        code.ShouldBe(0, error.ToString());
        var created = output.ToString().Trim();
        created.ShouldBe("content/faq/grundlagen/wie-lange-darf-eine-frage-im-onlinezugangsgesetz-eigentlich.md");
        Path.GetFileNameWithoutExtension(created).Length.ShouldBeLessThanOrEqualTo(NewCommand.MostSlugLength);
        File.ReadAllText(Path.Combine(site.Root, created)).ShouldContain("title: \"Wie lange darf");
    }
}
