using Lotse.Tests.Testing;

namespace Lotse.Tests.Compatibility;

/// <summary>Issue 20: a Jekyll site linked to content/ publishes what Jekyll publishes: its <c>_config.yml</c>'s
/// <c>exclude:</c> (files, folders, patterns) and Jekyll's default excludes are left out, with their links; <c>include:</c>
/// and collections with <c>output: true</c> bring back names starting with <c>_</c> or <c>.</c>.</summary>
public sealed class JekyllSiteTests
{
    [Fact]
    public async Task Excluded_files_and_folders_are_not_published_and_their_broken_links_are_not_reported()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/_config.yml --
            title: Das Handbuch
            exclude: [ bin, parts, handreichung.md, CHANGELOG.md, "*.gemspec" ]
            -- content/index.md --
            # Handbuch

            Siehe [Kapitel](kapitel.md).
            -- content/kapitel.md --
            # Kapitel
            -- content/CHANGELOG.md --
            # Änderungen

            [Ruby](/.ruby-version)
            -- content/handreichung.md --
            # Handreichung

            [fehlt](#nirgends)
            -- content/parts/teil.md --
            # Teil

            ![Logo](images/fehlt.png)
            -- content/bin/build.rb --
            puts 1
            -- content/lotse.gemspec --
            x
            -- content/Gemfile --
            source "https://rubygems.org"
            -- content/.ruby-version --
            3.2
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.Exists("kapitel/index.html").ShouldBeTrue();
        site.Exists("changelog/index.html").ShouldBeFalse();
        site.Exists("handreichung/index.html").ShouldBeFalse();
        site.Exists("parts/teil/index.html").ShouldBeFalse();
        site.Exists("bin/build.rb").ShouldBeFalse();
        site.Exists("lotse.gemspec").ShouldBeFalse();
        site.Exists("Gemfile").ShouldBeFalse();
    }

    [Fact]
    public async Task Include_and_an_output_collection_publish_names_that_start_with_an_underscore_or_a_dot()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/_config.yml --
            include: [ .well-known ]
            collections:
              kapitel:
                output: true
              entwuerfe:
                output: false
            -- content/index.md --
            # Handbuch

            [Vorwort](_kapitel/vorwort.md)
            -- content/_kapitel/vorwort.md --
            # Vorwort
            -- content/_entwuerfe/idee.md --
            # Idee
            -- content/_includes/kopf.md --
            # Kopf
            -- content/.well-known/security.txt --
            Contact: mailto:it@example.org
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.Exists("_kapitel/vorwort/index.html").ShouldBeTrue();
        site.Exists(".well-known/security.txt").ShouldBeTrue();
        site.Exists("_entwuerfe/idee/index.html").ShouldBeFalse();
        site.Exists("_includes/kopf/index.html").ShouldBeFalse();
    }

    [Fact]
    public async Task Without_a_config_file_a_folder_named_like_a_jekyll_exclude_is_published()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            # Handbuch
            -- content/parts/teil.md --
            # Teil
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.Exists("parts/teil/index.html").ShouldBeTrue();
    }

    [Fact]
    public async Task A_config_file_that_is_no_yaml_mapping_is_reported_and_the_usual_rules_apply()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/_config.yml --
            exclude: [ parts
            -- content/index.md --
            # Handbuch
            -- content/parts/teil.md --
            # Teil
            """);
        site.Diagnostics.ShouldHaveSingleItem().ShouldContain("warning LOT0444: Jekyll's settings cannot be read");
        site.Exists("parts/teil/index.html").ShouldBeTrue();
    }

    [Fact]
    public async Task Jekyll_layouts_and_a_closing_fence_with_trailing_spaces_are_taken_as_jekyll_takes_them()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/_config.yml --
            baseurl: "/"
            -- content/_layouts/complete.html --
            <html>{{ content }}</html>
            -- content/index.md --
            ---
            layout: complete
            title: Handbuch
            ---
            Text.
            -- content/zielgruppe.md --
            ---
            title:		"Wer ist die Zielgruppe?"
            ---     
            Alle.
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("zielgruppe/index.html", "<title>Wer ist die Zielgruppe?");
    }

    [Fact]
    public async Task Without_a_config_file_an_unknown_layout_is_still_an_error()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            ---
            layout: complete
            ---
            # Handbuch
            """);
        site.Diagnostics.ShouldHaveSingleItem().ShouldContain("error LOT0201: The layout 'complete' does not exist");
    }

    [Fact]
    public async Task Without_a_config_file_layout_default_is_the_default_layout()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            # Gesetze
            -- content/a/aeg/index.md --
            ---
            Title: Allgemeines Eisenbahngesetz
            layout: default
            ---
            # Allgemeines Eisenbahngesetz

            Text.
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("a/aeg/index.html", "Allgemeines Eisenbahngesetz", "<p>Text.</p>");
    }

    [Fact]
    public void The_icon_file_of_a_macos_folder_is_no_content()
    {
        var folder = Directory.CreateTempSubdirectory("lotse-icon-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "teil"));
            File.WriteAllText(Path.Combine(folder, "teil", "Icon\r"), "");
            File.WriteAllText(Path.Combine(folder, "teil", "seite.md"), "# Seite\n");
            var diagnostics = new Lotse.Blocks.Diagnostics.DiagnosticBag();
            var files = Lotse.Site.Modules.ContentFiles.Enumerate(folder, diagnostics, path => Path.GetRelativePath(folder, path));
            files.Select(f => Path.GetRelativePath(folder, f)).ShouldBe(["teil/seite.md"]);
            diagnostics.Count.ShouldBe(0);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
