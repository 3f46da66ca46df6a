using AngleSharp.Html.Parser;
using Lotse.Blocks.Html;
using Lotse.Kernel;
using Lotse.Site;
using Lotse.Site.Pipelines;
using Lotse.Tests.Testing;
using Shouldly;

namespace Lotse.Tests.Inputs;

/// <summary>Issue 19, point 1: a site with the repository's theme whose names, titles, descriptions, tags, sources
/// and glossary terms are hostile. Every hostile name and URL is refused with a diagnostic, and in the HTML of every
/// page that is still rendered no attribute holds a script URL or an event handler and no injected element exists.</summary>
public sealed class HostileSiteTests
{
    private const string Hostile = """
        -- lotse.yml --
        title: "Test <script>alert('site')</script>"
        theme: default
        links: files
        editUrl: "https://git.example.org/edit/{path}"
        html: { sanitize: true }
        -- content/index.md --
        ---
        title: Start
        ---
        Willkommen.
        -- content/bereich/index.md --
        ---
        title: "<img src=x onerror=alert('title')>"
        description: "\"><script>alert('description')</script>"
        tags: ["<b onmouseover=alert('tag')>x</b>", "\" onfocus=\"alert('tag2')"]
        quellen:
          - https://example.org/
          - javascript:alert('quelle')
          - " JaVaScRiPt:alert('quelle2')"
          - data:text/html,<script>alert('quelle3')</script>
        weiter: vbscript:msgbox
        ---
        Text mit [Link](javascript:alert('md')) und OZG.
        -- content/bereich/javascript:alert(1).md --
        # Seite
        -- content/bereich/x" onmouseover="alert(2).md --
        # Seite
        -- content/bereich/<svg onload=alert(3)>.md --
        # Seite
        -- content/bereich/normal.md --
        ---
        title: "Normal </title><script>alert('t')</script>"
        ---
        Text.
        -- content/_data/glossar.yml --
        - begriff: OZG
          langform: "<img src=x onerror=alert('glossar')>"
          erklaerung: "\"><script>alert('erklaerung')</script>"
        """;

    [Fact]
    public async Task No_script_url_no_handler_no_injected_element()
    {
        var root = Directory.CreateTempSubdirectory("lotse-hostile-").FullName;
        try
        {
            CopyFolder(Path.Combine(TestSite.RepositoryRoot, "themes"), Path.Combine(root, "themes"));
            foreach (var (path, content) in SiteFiles.Parse(Hostile))
            {
                var full = Path.Combine(root, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                await File.WriteAllTextAsync(full, content);
            }
            var result = await SiteBuilder.BuildAsync(new BuildOptions(root, Write: false));
            var diagnostics = result.Diagnostics.Select(d => d.ToString()).ToList();

            // Every hostile name and URL is refused, each with its own diagnostic.
            diagnostics.Count(d => d.Contains("error LOT0161", StringComparison.Ordinal)).ShouldBe(3, string.Join('\n', diagnostics));
            diagnostics.Count(d => d.Contains("error LOT0160", StringComparison.Ordinal)).ShouldBe(4, string.Join('\n', diagnostics));
            result.Succeeded.ShouldBeFalse();

            var pages = result.Outputs.FromPipeline(nameof(ContentPipeline))
                .Where(d => d.OutputPath.EndsWith(".html", StringComparison.Ordinal)).ToList();
            pages.Count.ShouldBeGreaterThan(2);
            pages.ShouldNotContain(p => p.SourcePath.Contains(':') || p.SourcePath.Contains('<') || p.SourcePath.Contains('"'));
            var parser = new HtmlParser();
            foreach (var page in pages)
            {
                var html = page.Text;
                var document = parser.ParseDocument(html);
                foreach (var element in document.All)
                {
                    foreach (var attribute in element.Attributes)
                    {
                        attribute.Name.ShouldNotStartWith("on", Case.Insensitive, $"{page.OutputPath}: <{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                        var scheme = UrlPolicy.Scheme(attribute.Value);
                        if (scheme is null || attribute.Name is "content") continue;
                        scheme.ShouldBeOneOf(["http", "https", "mailto", "tel"], $"{page.OutputPath}: <{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                    }
                }
                document.QuerySelectorAll("iframe, object, embed").ShouldBeEmpty(page.OutputPath);
                document.QuerySelectorAll("b").Where(b => b.TextContent == "x").ShouldBeEmpty(page.OutputPath);
                document.QuerySelectorAll("img").Where(i => i.GetAttribute("src") == "x").ShouldBeEmpty(page.OutputPath);
                foreach (var script in document.QuerySelectorAll("script"))
                    (script.GetAttribute("src") ?? script.TextContent).ShouldNotContain("alert", Case.Sensitive, page.OutputPath);
            }
        }
        finally
        {
            try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
