
using Lotse.Tests.Testing;

namespace Lotse.Tests.Integration;

/// <summary>Issue 2, point 7: every content problem is a diagnostic 'path(line,col): error CODE: what. what to do'.</summary>
public sealed class DiagnosticsTests
{
    [Fact]
    public async Task Invalid_yaml_in_front_matter_is_reported_at_the_yamls_own_line_and_column()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/a.md --
            ---
            title: A
            tags: [eins, zwei
            ---
            Text
            """);
        site.Diagnostics.ShouldHaveSingleItem().ShouldStartWith("content/a.md(4,1): error LOT0101: Invalid YAML in the front matter: ");
        site.Diagnostics[0].ShouldEndWith(". Fix the YAML syntax.");
    }

    [Fact]
    public async Task Front_matter_that_never_closes_is_an_error()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/a.md --
            ---
            title: A
            Text ohne Ende
            """);
        site.Diagnostics.ShouldBe(["content/a.md(1,1): error LOT0102: The front matter starts with '---' but never closes. Add a line '---' after the last front matter line."]);
    }

    [Fact]
    public async Task Two_pages_with_the_same_output_path_are_both_named()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/a.md --
            eins
            -- content/a/index.md --
            zwei
            """);
        site.Diagnostics.ShouldBe(["content/a/index.md: error LOT0104: This page and 'content/a.md' would both be written to 'a/index.html'. Rename or move one of them."]);
    }

    [Fact]
    public async Task A_data_file_that_does_not_parse_is_reported_with_its_position()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/_data/rollen.json --
            {"a": 1,
             "b": }
            -- content/a.md --
            x
            """);
        site.Diagnostics.ShouldHaveSingleItem().ShouldStartWith("content/_data/rollen.json(2,");
        site.Diagnostics[0].ShouldContain("error LOT0105: The data file does not parse: ");
    }

    [Fact]
    public async Task Computed_keys_cannot_be_set_in_front_matter()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/a.md --
            ---
            url: /woanders/
            ---
            """);
        site.Diagnostics.ShouldBe(["content/a.md(2,1): error LOT0103: The front matter sets 'url', which Lotse computes. Remove it or use another name."]);
    }

    [Fact]
    public async Task All_problems_of_all_files_are_reported_in_one_build_sorted_by_file()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/b.md --
            ---
            layout: fehlt
            ---
            -- content/a.md --
            ---
            title: [
            ---
            -- content/c.md --
            [x](nicht-da.md)
            """);
        site.Diagnostics.Select(d => d[..d.IndexOf(':')]).ShouldBe(["content/a.md(3,1)", "content/b.md(2,9)", "content/c.md(1,1)"]);
        site.Result.Succeeded.ShouldBeFalse();
    }

    [Fact]
    public async Task Strict_mode_turns_warnings_into_failure()
    {
        const string files = """
            -- content/a.md --
            <script>alert(1)</script>
            """;
        using var relaxed = await TestSite.BuildAsync(files);
        relaxed.Result.Succeeded.ShouldBeTrue();
        relaxed.Diagnostics.ShouldBe(["content/a.md(1,1): warning LOT0301: The Markdown contains a <script> element, which the site's Content-Security-Policy blocks. Remove it; scripts belong in the theme."]);

        using var strict = await TestSite.BuildAsync(files, strict: true);
        strict.Result.Succeeded.ShouldBeFalse();
        Directory.Exists(strict.Output).ShouldBeFalse();
    }
}
