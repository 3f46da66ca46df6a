using Json.Schema;
using Lotse.Blocks.Diagnostics;
using Lotse.Cli;
using Lotse.Features.Schema;
using Lotse.Site;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Editors;

/// <summary>Issue 8, point 6: <c>lotse new faq "Frage?"</c> and <c>lotse new seite leitfaden/titel</c> create files with
/// the front matter of their content type, which build without errors and satisfy the schema.</summary>
public sealed class NewCommandTests
{
    private const string Site = """
        -- themes/default/layouts/_base.html --
        <!DOCTYPE html><html lang="de"><head><title>{{ page.title }}</title></head><body>{{ body }}</body></html>
        -- themes/default/layouts/page.html --
        <main><h1>{{ page.title }}</h1>{{ page.content }}</main>
        -- themes/default/layouts/section.html --
        <main><h1>{{ page.title }}</h1>{{ page.content }}</main>
        -- themes/default/layouts/faq-frage.html --
        <main><h1>{{ page.title }}</h1><p>{{ page.kurzantwort }}</p>{{ page.content }}</main>
        -- themes/default/layouts/werkzeug.html --
        <main><h1>{{ page.title }}</h1><p>{{ page.zweck }}</p>{{ page.content }}</main>
        -- content/index.md --
        ---
        title: Start
        ---
        Start
        -- content/faq/_dir.yml --
        bereich: faq
        layout: faq-frage
        -- content/faq/index.md --
        ---
        title: FAQ
        layout: section
        ---
        -- content/faq/grundlagen/index.md --
        ---
        title: Grundlagen
        layout: section
        ---
        -- content/faq/grundlagen/was-ist-das.md --
        ---
        title: Was ist das?
        kurzantwort: Etwas.
        order: 20
        ---
        Antwort.
        -- content/faq/technik/index.md --
        ---
        title: Technik
        layout: section
        ---
        -- content/leitfaden/index.md --
        ---
        title: Leitfaden
        ---
        -- content/werkzeugkasten/_dir.yml --
        layout: werkzeug
        verantwortlich: Redaktion Werkzeugkasten
        """;

    private static readonly DateOnly Today = new(2026, 2, 1);

    [Fact]
    public void The_command_line_takes_the_kind_the_words_and_the_topic()
    {
        var cli = CliOptions.Parse(["new", "faq", "Wie geht das?", "--thema", "grundlagen", "--today", "2026-02-01"], out var error)!;
        error.ShouldBeNull();
        cli.Command.ShouldBe("new");
        cli.Arguments.ShouldBe(["faq", "Wie geht das?"]);
        cli.Topic.ShouldBe("grundlagen");
        cli.Today.ShouldBe(Today);
        CliOptions.Parse(["schema", "-o", "x"], out _)!.Output.ShouldBe(Path.GetFullPath("x"));
    }

    [Fact]
    public async Task A_new_FAQ_question_has_its_front_matter_builds_and_only_its_placeholders_are_reported()
    {
        using var site = await TestSite.BuildAsync(Site, write: false);
        var (exit, output, error) = New(site.Root, "faq", "Wie melde ich „Hund & Katze“ an: online?", "--thema", "grundlagen");
        exit.ShouldBe(0, error);
        output.ShouldBe("content/faq/grundlagen/wie-melde-ich-hund-katze-an-online.md\n");
        var text = File.ReadAllText(Path.Combine(site.Root, "content/faq/grundlagen/wie-melde-ich-hund-katze-an-online.md"));
        text.ShouldStartWith("""
            ---
            title: "Wie melde ich „Hund & Katze“ an: online?"
            description: "TODO: 
            """.ReplaceLineEndings("\n"));
        text.ShouldContain("\norder: 30\n");                 // after the largest order of the topic's questions
        text.ShouldContain("\nkurzantwort: \"TODO: ");
        text.ShouldContain("\nstand: 2026-02-01\n");
        text.ShouldContain("\npruefen_bis: 2027-02-01\n");
        text.ShouldContain("\nverantwortlich: \"TODO: ");
        text.ShouldContain("\nquellen:\n  - \"TODO: ");

        var result = await SiteBuilder.BuildAsync(new BuildOptions(site.Root, Write: true, Today: Today, ContentChecks: true));
        result.Errors.ShouldBeEmpty();
        var own = result.Diagnostics.Where(d => d.Path == "content/faq/grundlagen/wie-melde-ich-hund-katze-an-online.md").ToList();
        own.Select(d => d.Code).Distinct().ShouldBe([DiagnosticCodes.PlaceholderLeft], string.Join('\n', own));
        own.Select(d => d.Line).ShouldBe([3, 5, 10, 12, 15, 17]); // description, kurzantwort, verantwortlich, the entry of quellen, two lines of text
        var page = File.ReadAllText(Path.Combine(site.Root, "site/faq/grundlagen/wie-melde-ich-hund-katze-an-online/index.html"));
        page.ShouldContain("<h1>Wie melde ich „Hund &amp; Katze“ an: online?</h1>"); // page data is escaped by default
        ShouldSatisfySchema(site.Root, "content/faq/grundlagen/wie-melde-ich-hund-katze-an-online.md");
    }

    [Fact]
    public async Task A_new_page_and_a_new_tool_get_the_front_matter_of_their_folder()
    {
        using var site = await TestSite.BuildAsync(Site, write: false);
        New(site.Root, "seite", "leitfaden/titel").ShouldBe((0, "content/leitfaden/titel.md\n", ""));
        New(site.Root, "seite", "werkzeugkasten/Nutzer befragen", "--today", "2026-02-01").ShouldBe((0, "content/werkzeugkasten/nutzer-befragen.md\n", ""));
        New(site.Root, "seite", "leitfaden/Übersicht.md", "Überblick über alles").Output.ShouldBe("content/leitfaden/uebersicht.md\n");

        var page = File.ReadAllText(Path.Combine(site.Root, "content/leitfaden/titel.md"));
        page.ShouldStartWith("---\ntitle: \"Titel\"\n");
        page.ShouldNotContain("zweck:");
        page.ShouldContain("\n## TODO: ");
        var tool = File.ReadAllText(Path.Combine(site.Root, "content/werkzeugkasten/nutzer-befragen.md"));
        tool.ShouldStartWith("---\ntitle: \"Nutzer befragen\"\n");
        foreach (var key in new[] { "zweck", "phase", "aufwand", "rollen", "ergebnis" }) tool.ShouldContain($"\n{key}: ");
        tool.ShouldNotContain("verantwortlich:"); // the folder's _dir.yml names the owner
        File.ReadAllText(Path.Combine(site.Root, "content/leitfaden/uebersicht.md")).ShouldStartWith("---\ntitle: \"Überblick über alles\"\n");

        var result = await SiteBuilder.BuildAsync(new BuildOptions(site.Root, Write: true, Today: Today, ContentChecks: true));
        result.Errors.ShouldBeEmpty();
        string[] created = ["content/leitfaden/titel.md", "content/werkzeugkasten/nutzer-befragen.md", "content/leitfaden/uebersicht.md"];
        var own = result.Diagnostics.Where(d => created.Contains(d.Path)).ToList();
        own.Select(d => d.Path).Distinct().Count().ShouldBe(3);
        own.Select(d => d.Code).Distinct().ShouldBe([DiagnosticCodes.PlaceholderLeft], string.Join('\n', own));
        ShouldSatisfySchema(site.Root, "content/leitfaden/titel.md");
        ShouldSatisfySchema(site.Root, "content/werkzeugkasten/nutzer-befragen.md");
    }

    [Fact]
    public async Task An_existing_file_is_never_overwritten()
    {
        using var site = await TestSite.BuildAsync(Site, write: false);
        var path = Path.Combine(site.Root, "content/faq/grundlagen/was-ist-das.md");
        var before = File.ReadAllText(path);
        var (exit, output, error) = New(site.Root, "faq", "Was ist das?", "--thema", "grundlagen");
        exit.ShouldBe(1);
        output.ShouldBeEmpty();
        error.ShouldBe("lotse new: content/faq/grundlagen/was-ist-das.md exists already; lotse new never overwrites a file. Edit it, or choose another name.\n");
        File.ReadAllText(path).ShouldBe(before);

        New(site.Root, "seite", "faq/grundlagen/neu").Exit.ShouldBe(1);
        New(site.Root, "seite", "leitfaden/index").Exit.ShouldBe(1);
        New(site.Root, "seite", "faq").Exit.ShouldBe(2);
    }

    [Fact]
    public async Task Unknown_sections_and_topics_are_explained_with_the_ones_there_are()
    {
        using var site = await TestSite.BuildAsync(Site, write: false);
        New(site.Root, "seite", "blog/titel").ShouldBe((1, "", "lotse new: There is no section 'blog'. Sections: faq, leitfaden, werkzeugkasten.\n"));
        New(site.Root, "faq", "Wie?", "--thema", "recht").ShouldBe((1, "", "lotse new: The FAQ has no topic 'recht'. Topics: grundlagen, technik.\n"));
        New(site.Root, "faq", "Wie?").ShouldBe((2, "", "lotse new: Name the topic with --thema TOPIC. Topics: grundlagen, technik.\n"));
        New(site.Root, "blog", "x").Exit.ShouldBe(2);
        New(site.Root, "faq", "?!", "--thema", "technik").Exit.ShouldBe(2);
        Directory.GetFiles(Path.Combine(site.Root, "content"), "*", SearchOption.AllDirectories).Length.ShouldBe(8); // as before: nothing created
    }

    [Fact]
    public async Task With_one_topic_a_question_needs_no_topic()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/faq/allgemein/index.md --
            # Allgemein
            """, write: false);
        New(site.Root, "faq", "Wer hilft?").ShouldBe((0, "content/faq/allgemein/wer-hilft.md\n", ""));
    }

    [Fact]
    public async Task Placeholders_left_in_a_page_are_warnings_at_their_place_but_not_in_code()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/a.md --
            ---
            title: A
            tags: [gut, "TODO: Schlagwort"]
            ---
            Text.

            ```
            TODO: im Code bleibt es stehen
            ```

            Mehr Text, TODO: hier fehlt etwas.
            """, write: false);
        site.Result.Diagnostics.Select(d => d.ToString()).ShouldBe([
            "content/a.md(3,7): warning LOT0711: 'tags' still has the placeholder 'TODO: Schlagwort'. Replace it with the real value.",
            "content/a.md(11,12): warning LOT0711: The text still has the placeholder 'TODO: hier fehlt etwas.'. Write the text, or remove the line.",
        ]);
    }

    private static (int Exit, string Output, string Error) New(string root, params string[] words)
    {
        var args = new[] { "new" }.Concat(words).Concat(["--root", root]).ToArray();
        if (!args.Contains("--today")) args = [.. args, "--today", "2026-02-01"];
        var cli = CliOptions.Parse(args, out var parseError);
        if (cli is null) return (2, "", parseError + "\n"); // a wrong command line: lotse exits with 2
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exit = NewCommand.Run(cli!, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static void ShouldSatisfySchema(string root, string file)
    {
        var facts = SchemaFacts.Load(root, new DiagnosticBag(), FrontMatterKey.Of(SiteBuilder.Features));
        var type = facts.TypeOf(file).ShouldNotBeNull();
        var schema = JsonSchema.FromText(FrontMatterSchema.Text(FrontMatterSchema.For(type, facts)));
        var results = schema.Evaluate(FrontMatterJson.OfFile(Path.Combine(root, file)), new EvaluationOptions { OutputFormat = OutputFormat.List });
        results.IsValid.ShouldBeTrue($"{file} does not satisfy {type.FileName}");
    }
}
