using Lotse.Site;

namespace Lotse.Tests.Reliability;

/// <summary>Issue 18, points 5 and 6: only regular files are read or copied (a device, a pipe, a link to /dev/zero is
/// a diagnostic), and nothing takes the path of a theme asset, a generated file or the marker; a static file at a
/// page's path is an error naming both; an editor's robots.txt wins and is never dropped silently.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ReservedOutputTests : IDisposable
{
    private string _root = "";

    public void Dispose()
    {
        if (_root.Length > 0) OutputTree.Delete(_root);
    }

    private async Task<(BuildResult Result, List<string> Site)> BuildAsync(string files, Action<string>? prepare = null)
    {
        _root = OutputTree.NewSite(files);
        Directory.CreateDirectory(Path.Combine(_root, "themes/default/assets"));
        prepare?.Invoke(_root);
        var result = await SiteBuilder.BuildAsync(new BuildOptions(_root));
        return (result, OutputTree.Of(Path.Combine(_root, "site")));
    }

    private static string Alias(string alias) => $"-- content/index.md --\n# Start\n-- content/a.md --\n---\naliases: [\"{alias}\"]\n---\n# A\n";

    [Theory]
    [InlineData("assets/style.css", "content/a.md: error LOT0404: The alias 'assets/style.css' would overwrite 'assets/style.css' of 'themes/default/assets/style.css'. Remove the alias or move the other page.")]
    [InlineData("robots.txt", "content/a.md: error LOT0404: The alias 'robots.txt' would overwrite 'robots.txt' of 'Lotse itself (a generated file)'. Remove the alias or move the other page.")]
    [InlineData("sitemap.xml", "content/a.md: error LOT0404: The alias 'sitemap.xml' would overwrite 'sitemap.xml' of 'Lotse itself (a generated file)'. Remove the alias or move the other page.")]
    [InlineData("404.html", "content/a.md: error LOT0404: The alias '404.html' would overwrite '404.html' of 'Lotse itself (a generated file)'. Remove the alias or move the other page.")]
    [InlineData(".lotse-site", "content/a.md: error LOT0404: The alias '.lotse-site' would overwrite '.lotse-site' of 'Lotse itself (a generated file)'. Remove the alias or move the other page.")]
    [InlineData("sw.js", "content/a.md: error LOT0104: This file and 'lotse.yml' would both be written to 'sw.js'. Rename or move one of them.")]
    public async Task An_alias_cannot_take_a_theme_asset_a_generated_file_or_the_marker(string alias, string expected)
    {
        var (result, site) = await BuildAsync(Alias(alias) + "-- themes/default/assets/style.css --\nbody{}\n");
        result.Succeeded.ShouldBeFalse();
        result.Diagnostics.Select(d => d.ToString()).ShouldBe([expected]);
        site.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_alias_cannot_take_the_offline_download()
    {
        var (result, site) = await BuildAsync(Alias("download/testseite-offline.zip"));
        result.Succeeded.ShouldBeFalse();
        result.Diagnostics.Select(d => d.ToString()).ShouldHaveSingleItem().ShouldContain("would both be written to 'download/");
        site.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_static_index_html_at_the_path_of_a_page_is_an_error_naming_both()
    {
        var (result, site) = await BuildAsync("-- content/index.md --\n# Start\n-- content/x.md --\n# X\n-- content/x/index.html --\n<p>von Hand</p>\n");
        result.Succeeded.ShouldBeFalse();
        result.Diagnostics.Select(d => d.ToString()).ShouldBe(["content/x/index.html: error LOT0104: This file and 'content/x.md' would both be written to 'x/index.html'. Rename or move one of them."]);
        site.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_static_file_at_the_path_of_a_theme_asset_is_an_error_naming_both()
    {
        var (result, site) = await BuildAsync("-- content/index.md --\n# Start\n-- content/assets/style.css --\nb{}\n-- themes/default/assets/style.css --\nbody{}\n");
        result.Succeeded.ShouldBeFalse();
        result.Diagnostics.Select(d => d.ToString()).ShouldBe(["content/assets/style.css: error LOT0104: This file and the theme's 'themes/default/assets/style.css' would both be written to 'assets/style.css'. Rename or move the file."]);
        site.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_editors_robots_txt_is_published_as_it_is()
    {
        var (result, _) = await BuildAsync("-- content/index.md --\n# Start\n-- content/robots.txt --\nUser-agent: *\nDisallow: /intern/\n");
        result.Succeeded.ShouldBeTrue();
        result.Diagnostics.ShouldBeEmpty();
        File.ReadAllText(Path.Combine(_root, "site/robots.txt")).ShouldBe("User-agent: *\nDisallow: /intern/\n");
    }

    [Fact]
    public async Task An_editors_robots_txt_without_the_sitemap_is_published_with_a_warning_saying_what_it_lacks()
    {
        var (result, _) = await BuildAsync("-- lotse.yml --\ntitle: T\nbaseUrl: https://example.org/\n-- content/index.md --\n# Start\n-- content/robots.txt --\nUser-agent: *\nDisallow: /intern/\n");
        result.Succeeded.ShouldBeTrue();
        result.Diagnostics.Select(d => d.ToString()).ShouldBe(["content/robots.txt: warning LOT0104: This robots.txt is used instead of the one Lotse makes, and it does not name the sitemap. Add the line 'Sitemap: https://example.org/sitemap.xml'."]);
        File.ReadAllText(Path.Combine(_root, "site/robots.txt")).ShouldBe("User-agent: *\nDisallow: /intern/\n");
    }

    [Theory]
    [InlineData("content/null.md", "/dev/null", "content/null.md: error LOT0002: The file is not a regular file (it is a device, such as /dev/zero). Remove it from content/.")]
    [InlineData("content/zero.bin", "/dev/zero", "content/zero.bin: error LOT0002: The file is not a regular file (it is a device, such as /dev/zero). Remove it from content/.")]
    [InlineData("content/urandom.png", "/dev/urandom", "content/urandom.png: error LOT0002: The file is not a regular file (it is a device, such as /dev/zero). Remove it from content/.")]
    [InlineData("themes/default/assets/zero.css", "/dev/zero", "themes/default/assets/zero.css: error LOT0121: The file is not a regular file (it is a device, such as /dev/zero), so it is not copied. Remove it from the theme.")]
    public async Task A_link_to_a_device_is_refused_and_never_copied(string path, string device, string expected)
    {
        var (result, site) = await BuildAsync("-- content/index.md --\n# Start\n", root => File.CreateSymbolicLink(Path.Combine(root, path), device));
        result.Succeeded.ShouldBeFalse();
        result.Diagnostics.Select(d => d.ToString()).ShouldBe([expected]);
        site.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_named_pipe_in_the_theme_is_refused()
    {
        var (result, site) = await BuildAsync("-- content/index.md --\n# Start\n", root => OutputTree.Run("mkfifo", Path.Combine(root, "themes/default/assets/rohr.js")));
        result.Diagnostics.Select(d => d.ToString()).ShouldBe(["themes/default/assets/rohr.js: error LOT0121: The file is not a regular file (it is a named pipe or socket), so it is not copied. Remove it from the theme."]);
        site.ShouldBeEmpty();
    }
}
