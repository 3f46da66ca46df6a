using Lotse.Cli;

namespace Lotse.Tests.Cli;

/// <summary>Issue 20, point 10: every command reads its documented arguments and options, with the documented defaults.</summary>
public sealed class CommandLineParsingTests
{
    private static readonly DateOnly Day = new(2026, 12, 1);

    private static CliOptions Parse(params string[] args)
    {
        var cli = CliOptions.Parse(args, out var error);
        error.ShouldBeNull();
        return cli.ShouldNotBeNull();
    }

    [Fact]
    public void Build_takes_the_root_the_output_folder_strict_and_the_day()
    {
        var cli = Parse("build", "site", "-o", "out", "--strict", "--today", "2026-12-01");
        (cli.Command, cli.Root, cli.Output, cli.Strict, cli.Today).ShouldBe(("build", Path.GetFullPath("site"), Path.GetFullPath("out"), true, Day));
        Parse("build", "--today", "2026-12-01", "--strict", "--output", "out", "site").ShouldBe(cli); // options before or after the folder
    }

    [Fact]
    public void Without_arguments_a_command_works_on_the_current_folder()
    {
        var cli = Parse("build");
        (cli.Root, cli.Output, cli.Strict, cli.Today).ShouldBe((Path.GetFullPath("."), (string?)null, false, (DateOnly?)null));
        Parse("check").Root.ShouldBe(Path.GetFullPath("."));
        Parse("schema").Root.ShouldBe(Path.GetFullPath("."));
        Parse("init").Root.ShouldBe(Path.GetFullPath("."));
    }

    [Fact]
    public void A_folder_name_starting_with_an_at_sign_is_a_folder_not_a_response_file()
    {
        Parse("build", "@entwurf").Root.ShouldBe(Path.GetFullPath("@entwurf"));
    }

    [Fact]
    public void Check_takes_the_root_strict_and_the_day()
    {
        var cli = Parse("check", "site", "--strict", "--today", "2026-12-01");
        (cli.Command, cli.Root, cli.Strict, cli.Today).ShouldBe(("check", Path.GetFullPath("site"), true, Day));
    }

    [Fact]
    public void Serve_takes_port_host_production_and_the_build_options()
    {
        var cli = Parse("serve", "site", "--port", "9000", "--host", "::1", "--production", "-o", "out", "--strict", "--today", "2026-12-01");
        (cli.Command, cli.Root, cli.Output, cli.Port, cli.PortAsked, cli.Host, cli.Production, cli.Strict, cli.Today)
            .ShouldBe(("serve", Path.GetFullPath("site"), Path.GetFullPath("out"), 9000, true, "::1", true, true, Day));
    }

    [Fact]
    public void Serve_defaults_to_port_8080_on_this_machine_only_and_may_move_to_a_free_port()
    {
        var cli = Parse("serve");
        (cli.Port, cli.PortAsked, cli.Host, cli.Production).ShouldBe((8080, false, "127.0.0.1", false));
        Parse("serve", "--port", "8080").PortAsked.ShouldBeTrue("a port named on the command line is kept, even the default");
    }

    [Fact]
    public void Pdf_takes_chromium_timeout_and_the_build_options()
    {
        var cli = Parse("pdf", "site", "-o", "out", "--chromium", "/opt/chromium/chrome", "--timeout", "2.5", "--strict", "--today", "2026-12-01");
        (cli.Command, cli.Root, cli.Output, cli.Chromium, cli.PdfTimeout, cli.Strict, cli.Today)
            .ShouldBe(("pdf", Path.GetFullPath("site"), Path.GetFullPath("out"), "/opt/chromium/chrome", TimeSpan.FromSeconds(2.5), true, Day));
        (Parse("pdf").Chromium, Parse("pdf").PdfTimeout).ShouldBe(((string?)null, (TimeSpan?)null));
    }

    [Fact]
    public void New_faq_takes_the_question_the_topic_the_root_and_the_day()
    {
        var cli = Parse("new", "faq", "Wie geht das?", "--thema", "technik", "--root", "site", "--today", "2026-12-01");
        (cli.Command, cli.Root, cli.Topic, cli.Today).ShouldBe(("new", Path.GetFullPath("site"), "technik", Day));
        cli.Arguments.ShouldBe(["faq", "Wie geht das?"]);
    }

    [Fact]
    public void New_seite_takes_the_path_and_an_optional_title_and_the_root_also_before_the_kind()
    {
        Parse("new", "--root", "site", "seite", "leitfaden/titel", "Ein Titel").Arguments.ShouldBe(["seite", "leitfaden/titel", "Ein Titel"]);
        var cli = Parse("new", "seite", "leitfaden/titel");
        cli.Arguments.ShouldBe(["seite", "leitfaden/titel"]);
        cli.Root.ShouldBe(Path.GetFullPath("."));
    }

    [Fact]
    public void Init_takes_the_folder_or_the_mkdocs_file_whose_folder_becomes_the_site()
    {
        Parse("init", "neu").Root.ShouldBe(Path.GetFullPath("neu"));
        var from = Parse("init", "--from", "projekt/mkdocs.yml");
        (from.Root, from.From).ShouldBe((Path.GetFullPath("projekt"), Path.GetFullPath("projekt/mkdocs.yml")));
        Parse("init", "--from", "projekt/mkdocs.yml", "anderswo").Root.ShouldBe(Path.GetFullPath("anderswo"));
    }

    [Fact]
    public void Schema_takes_the_root_and_the_output_folder()
    {
        var cli = Parse("schema", "site", "-o", "schemas");
        (cli.Command, cli.Root, cli.Output).ShouldBe(("schema", Path.GetFullPath("site"), Path.GetFullPath("schemas")));
    }
}
