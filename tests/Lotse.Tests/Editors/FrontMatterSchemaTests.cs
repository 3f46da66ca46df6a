using System.Text.Json.Nodes;
using Json.Schema;
using Lotse.Blocks.Diagnostics;
using Lotse.Cli;
using Lotse.Features.Schema;
using Lotse.Tests.Testing;

using Lotse.Site;

namespace Lotse.Tests.Editors;

/// <summary>Issue 8, point 7: <c>lotse schema</c> writes a JSON Schema of the front matter of each content type,
/// which all of the repository's content satisfies and which catches wrong types and unknown values.</summary>
public sealed class FrontMatterSchemaTests
{
    private static readonly string Root = TestSite.RepositoryRoot;

    private static readonly Lazy<SchemaFacts> RepositoryFacts = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var facts = SchemaFacts.Load(Root, diagnostics, FrontMatterKey.Of(SiteBuilder.Features));
        diagnostics.Sorted().ShouldBeEmpty();
        return facts;
    });

    private static JsonSchema SchemaOf(ContentType type) =>
        JsonSchema.FromText(FrontMatterSchema.Text(FrontMatterSchema.For(type, RepositoryFacts.Value)));

    private static EvaluationResults Evaluate(ContentType type, JsonNode? frontMatter) =>
        SchemaOf(type).Evaluate(frontMatter, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });

    private static string Problems(EvaluationResults results) =>
        string.Join("; ", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {e.Key}: {e.Value}")));

    [Fact]
    public void Every_content_file_has_exactly_one_schema()
    {
        var files = ContentFiles();
        files.Count.ShouldBeGreaterThan(100);
        var without = files.Where(f => RepositoryFacts.Value.Types.Count(t => t.Matches(f)) != 1).ToList();
        without.ShouldBeEmpty("each .md and _dir.yml of content/ must match the globs of exactly one content type");
    }

    [Fact]
    public void All_front_matter_of_the_repository_validates_against_its_schema()
    {
        var failures = new List<string>();
        var counts = new Dictionary<string, int>();
        foreach (var file in ContentFiles())
        {
            var type = RepositoryFacts.Value.TypeOf(file)!;
            counts[type.Name] = counts.GetValueOrDefault(type.Name) + 1;
            var results = Evaluate(type, FrontMatterJson.OfFile(Path.Combine(Root, file)));
            if (!results.IsValid) failures.Add($"{file} ({type.FileName}): {Problems(results)}");
        }
        failures.ShouldBeEmpty();
        counts["faq"].ShouldBeGreaterThan(40);
        counts["werkzeug"].ShouldBeGreaterThan(10);
        counts["seite"].ShouldBeGreaterThan(30);
        counts["ordner"].ShouldBeGreaterThanOrEqualTo(4);
    }

    [Theory]
    [InlineData("order: zehn", "/order")]
    [InlineData("layout: gibt-es-nicht", "/layout")]
    [InlineData("stand: 1.7.2025", "/stand")]
    [InlineData("pruefen_bis: 2027-13-45", "/pruefen_bis")]
    [InlineData("quellen: https://example.org/", "/quellen")]
    [InlineData("draft: vielleicht", "/draft")]
    [InlineData("rollen: [buergermeister]", "/rollen/0")]
    [InlineData("bereich: blog", "/bereich")]
    [InlineData("url: /anders/", null)] // a key Lotse computes (LOT0103); the validator reports it without a location of its own
    public void A_wrong_value_fails(string line, string? location)
    {
        var valid = Page();
        Evaluate(ContentTypes.Page, Json(valid)).IsValid.ShouldBeTrue(Problems(Evaluate(ContentTypes.Page, Json(valid))));
        var key = line[..line.IndexOf(':')];
        var wrong = string.Join('\n', valid.Split('\n').Where(l => !l.StartsWith(key + ":", StringComparison.Ordinal)).Append(line));
        var results = Evaluate(ContentTypes.Page, Json(wrong));
        results.IsValid.ShouldBeFalse();
        if (location is not null)
            results.Details!.Where(d => d.Errors is { Count: > 0 }).Select(d => d.InstanceLocation.ToString()).ShouldContain(location, Problems(results));
    }

    [Fact]
    public void A_page_without_description_stand_or_quellen_fails()
    {
        foreach (var key in new[] { "title", "description", "stand", "quellen" })
        {
            var without = string.Join('\n', Page().Split('\n').Where(l => !l.StartsWith(key + ":", StringComparison.Ordinal) && !l.StartsWith("  - ", StringComparison.Ordinal)));
            Evaluate(ContentTypes.Page, Json(without)).IsValid.ShouldBeFalse(key);
        }
    }

    [Fact]
    public void A_faq_question_needs_a_short_answer_but_a_topic_overview_does_not()
    {
        var question = Page() + "\nkurzantwort: Ja.";
        Evaluate(ContentTypes.Faq, Json(question)).IsValid.ShouldBeTrue();
        Evaluate(ContentTypes.Faq, Json(Page())).IsValid.ShouldBeFalse();
        Evaluate(ContentTypes.Faq, Json(Page() + "\nlayout: faq-frage")).IsValid.ShouldBeFalse();
        Evaluate(ContentTypes.Faq, Json(Page() + "\nlayout: faq-thema")).IsValid.ShouldBeTrue();
        Evaluate(ContentTypes.Faq, Json(question + "\nverwandt: [../a.html]")).IsValid.ShouldBeFalse();
    }

    [Fact]
    public void A_tool_needs_its_box_and_known_roles()
    {
        var tool = Page() + "\nzweck: Z\nphase: Planung\naufwand: gering\nergebnis: E\nrollen: [kommune]";
        Evaluate(ContentTypes.Tool, Json(tool)).IsValid.ShouldBeTrue();
        Evaluate(ContentTypes.Tool, Json(tool.Replace("zweck: Z\n", ""))).IsValid.ShouldBeFalse();
        Evaluate(ContentTypes.Tool, Json(tool.Replace("[kommune]", "[kommune, kommune]"))).IsValid.ShouldBeFalse();
        Evaluate(ContentTypes.Tool, Json(Page() + "\nlayout: page")).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Folder_defaults_need_no_key_but_are_typed()
    {
        Evaluate(ContentTypes.FolderDefaults, Json("")).IsValid.ShouldBeTrue();
        Evaluate(ContentTypes.FolderDefaults, Json("layout: werkzeug\nbereich: werkzeugkasten\nverantwortlich: Redaktion")).IsValid.ShouldBeTrue();
        Evaluate(ContentTypes.FolderDefaults, Json("layout: werkzeuge")).IsValid.ShouldBeFalse();
        Evaluate(ContentTypes.FolderDefaults, Json("pruefen_bis: bald")).IsValid.ShouldBeFalse();
    }

    [Fact]
    public void Keys_the_schema_does_not_name_stay_allowed_for_layouts()
    {
        Evaluate(ContentTypes.Page, Json(Page() + "\nmein_feld: [1, 2]")).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void The_layouts_and_roles_come_from_the_site()
    {
        var facts = RepositoryFacts.Value;
        facts.Layouts.ShouldContain("faq-frage");
        facts.Layouts.ShouldContain("werkzeug");
        facts.Layouts.ShouldNotContain("_base");
        facts.Roles.ShouldBe(["ozg-koordination", "themenfeldfuehrung", "umsetzungskoordination", "leistungsverantwortliche", "ozg-ressort", "fachreferat", "kommune"]);
    }

    [Fact]
    public async Task A_site_theme_adds_its_layouts_to_the_enum()
    {
        using var site = await TestSite.BuildAsync("""
            -- lotse.yml --
            theme: [amt, default]
            -- themes/amt/layouts/pressemitteilung.html --
            <main>{{ page.content }}</main>
            -- themes/default/layouts/_base.html --
            <html>{{ body }}</html>
            -- themes/default/layouts/page.html --
            <main>{{ page.content }}</main>
            -- themes/amt/layouts/page.html --
            <main class="amt">{{ page.content }}</main>
            -- content/a.md --
            A
            """, write: false);
        var facts = SchemaFacts.Load(site.Root, new DiagnosticBag(), FrontMatterKey.Of(SiteBuilder.Features));
        facts.Layouts.ShouldBe(["page", "pressemitteilung"]); // page once, though both themes have it
        facts.Roles.ShouldBeEmpty();
    }

    [Fact]
    public void The_repository_sections_give_the_globs_of_the_types()
    {
        RepositoryFacts.Value.Types.Select(t => $"{t.Name}: {string.Join(", ", t.Globs)}").ShouldBe([
            "seite: content/*.md, content/efa-wegweiser/**/*.md, content/leitfaden/**/*.md",
            "faq: content/faq/**/*.md",
            "werkzeug: content/werkzeugkasten/**/*.md",
            "ordner: content/**/_dir.yml",
        ]);
        RepositoryFacts.Value.Required.ShouldBe(["title", "description", "stand", "quellen"]);
        RepositoryFacts.Value.Areas.ShouldBe(["leitfaden", "efa-wegweiser", "werkzeugkasten", "faq"]);
    }

    /// <summary>Issue 20: another site's sections, required keys and areas make its schemas; nothing of this repository's.</summary>
    [Fact]
    public async Task Another_site_gets_globs_from_its_sections_and_required_keys_and_areas_from_its_settings()
    {
        const string Files = """
            -- lotse.yml --
            title: Handbuch Stadtwerke
            areas:
              anleitungen: Anleitungen
            -- content/index.md --
            Start
            -- content/anleitungen/_dir.yml --
            bereich: anleitungen
            -- content/anleitungen/zaehler.md --
            Zähler
            -- content/fragen/_dir.yml --
            bereich: fragen
            layout: faq-frage
            -- content/fragen/index.md --
            Fragen
            -- content/hilfsmittel/_dir.yml --
            layout: werkzeug
            -- content/hilfsmittel/rechner.md --
            Rechner
            """;
        using var site = await TestSite.BuildAsync(Files, write: false);
        var facts = SchemaFacts.Load(site.Root, new DiagnosticBag(), FrontMatterKey.Of(SiteBuilder.Features));
        facts.Types.Select(t => $"{t.Name}: {string.Join(", ", t.Globs)}").ShouldBe([
            "seite: content/*.md, content/anleitungen/**/*.md",
            "faq: content/fragen/**/*.md",
            "werkzeug: content/hilfsmittel/**/*.md",
            "ordner: content/**/_dir.yml",
        ]);
        facts.TypeOf("content/fragen/strom/abschlag.md")!.Name.ShouldBe("faq");
        facts.TypeOf("content/anleitungen/zaehler.md")!.Name.ShouldBe("seite");
        facts.Required.ShouldBe(["title", "description"]); // no checks.required: only the description
        facts.Areas.ShouldBe(["anleitungen", "fragen"]);

        var page = JsonSchema.FromText(FrontMatterSchema.Text(FrontMatterSchema.For(facts.TypeOf("content/index.md")!, facts)));
        page.Evaluate(Json("title: T\ndescription: D")).IsValid.ShouldBeTrue("stand and quellen are this repository's rule, not every site's");
        page.Evaluate(Json("title: T")).IsValid.ShouldBeFalse();
        page.Evaluate(Json("title: T\ndescription: D\nbereich: fragen")).IsValid.ShouldBeTrue();
        page.Evaluate(Json("title: T\ndescription: D\nbereich: leitfaden")).IsValid.ShouldBeFalse("only the site's own areas");

        using var strict = await TestSite.BuildAsync(Files.Replace("title: Handbuch Stadtwerke\n", "title: Handbuch Stadtwerke\nchecks:\n  required: [description, stand]\n"), write: false);
        SchemaFacts.Load(strict.Root, new DiagnosticBag(), FrontMatterKey.Of(SiteBuilder.Features)).Required.ShouldBe(["title", "description", "stand"]);
    }

    [Fact]
    public void The_command_writes_one_schema_per_type_and_names_their_files()
    {
        var folder = Directory.CreateTempSubdirectory("lotse-schema-").FullName;
        try
        {
            var output = new StringWriter();
            var exit = SchemaCommand.Run(CliOptions.Parse(["schema", Root, "-o", folder], out _)!, output);
            exit.ShouldBe(0, output.ToString());
            Directory.GetFiles(folder).Select(Path.GetFileName).Order().ShouldBe(["faq.schema.json", "lotse.schema.json", "ordner.schema.json", "seite.schema.json", "werkzeug.schema.json"]);
            output.ToString().ShouldContain("faq.schema.json: content/faq/**/*.md");
            output.ToString().ShouldContain("lotse.schema.json: lotse.yml");
            foreach (var file in Directory.GetFiles(folder))
            {
                var schema = JsonNode.Parse(File.ReadAllText(file))!;
                schema["$schema"]!.GetValue<string>().ShouldBe("http://json-schema.org/draft-07/schema#");
                schema["description"]!.GetValue<string>().ShouldContain("lotse schema");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_committed_schemas_are_up_to_date()
    {
        foreach (var type in RepositoryFacts.Value.Types)
        {
            var path = Path.Combine(Root, SchemaWriter.DefaultFolder, type.FileName);
            File.Exists(path).ShouldBeTrue($"{path} is missing. Run 'lotse schema' and commit the files");
            File.ReadAllText(path).ShouldBe(FrontMatterSchema.Text(FrontMatterSchema.For(type, RepositoryFacts.Value)),
                $"{SchemaWriter.DefaultFolder}/{type.FileName} is out of date (a layout, role or key changed). Run 'lotse schema' and commit the files");
        }
        File.ReadAllText(Path.Combine(Root, SchemaWriter.DefaultFolder, SettingsSchema.FileName)).ShouldBe(FrontMatterSchema.Text(SettingsSchema.Build()),
            $"{SchemaWriter.DefaultFolder}/{SettingsSchema.FileName} is out of date (a setting changed). Run 'lotse schema' and commit the files");
    }

    [Theory]
    [InlineData("content/*.md", "content/index.md", true)]
    [InlineData("content/*.md", "content/faq/index.md", false)]
    [InlineData("content/faq/**/*.md", "content/faq/index.md", true)]
    [InlineData("content/faq/**/*.md", "content/faq/grundlagen/frage.md", true)]
    [InlineData("content/**/_dir.yml", "content/_dir.yml", true)]
    [InlineData("content/**/_dir.yml", "content/a/b/_dir.yml", true)]
    [InlineData("content/**/_dir.yml", "content/a/b/dir.yml", false)]
    [InlineData("content/leitfaden/**/*.md", "content/leitfaden-alt/a.md", false)]
    public void Globs_match_like_VS_Code(string glob, string path, bool matches) =>
        GlobPattern.IsMatch(glob, path).ShouldBe(matches);

    private static string Page() => """
        title: Reifegradmodell
        description: Wie weit eine Leistung digitalisiert ist.
        order: 30
        stand: 2025-07-01
        pruefen_bis: 2026-12-31
        quellen:
          - https://www.digitale-verwaltung.de/
        """.ReplaceLineEndings("\n");

    private static JsonNode? Json(string yaml)
    {
        var value = Lotse.Blocks.Data.YamlReader.Parse(yaml, out var error);
        error.ShouldBeNull();
        return FrontMatterJson.From(value ?? new Dictionary<string, object?>());
    }

    private static List<string> ContentFiles() =>
        Directory.EnumerateFiles(Path.Combine(Root, "content"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Where(f => (f.EndsWith(".md", StringComparison.Ordinal) && !f.Split('/').Any(s => s.StartsWith('_'))) || f.EndsWith("/_dir.yml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
}
