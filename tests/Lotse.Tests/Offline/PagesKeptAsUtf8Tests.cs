using System.Buffers;
using System.IO.Compression;
using System.Text;
using Lotse.Kernel;
using Lotse.Site;
using Lotse.Site.Pipelines;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Offline;

/// <summary>Issue 26 (memory): once rendered and analysed, a build holds the pages' HTML as UTF-8 until it is written; the
/// pages, their sizes, the offline archive and the <c>.gz</c>/<c>.br</c> copies stay what they were.</summary>
public sealed class PagesKeptAsUtf8Tests
{
    private static readonly string Long = string.Concat(Enumerable.Range(0, 80).Select(i => $"Größere Übersicht {i} über Ämter, Straßen und Bürger – „Äußerungen“ mit 😀. "));

    private static readonly string Site = $"""
        -- lotse.yml --
        title: Testseite
        precompress:
          htmlBrotliMinBytes: 0
        -- themes/default/layouts/_base.html --
        <!DOCTYPE html><html lang="de"><head><title>{"{{"} page.title {"}}"}</title></head><body>{"{{"} body {"}}"}
        <footer><a href="{"{{"} rel {"}}"}{"{{"} site.offline.archive {"}}"}">ZIP ({"{{"} site.offline.archive_size {"}}"})</a></footer></body></html>
        -- themes/default/layouts/page.html --
        <main><h1>{"{{"} page.title {"}}"}</h1>{"{{"} page.content {"}}"}</main>
        -- themes/default/layouts/section.html --
        <main><h1>{"{{"} page.title {"}}"}</h1>{"{{"} page.content {"}}"}</main>
        -- content/index.md --
        # Startseite für Ämter
        {Long}
        -- content/leitfaden/a.md --
        # Seite Ä
        {Long}
        """;

    [Fact]
    public async Task A_build_holds_the_rendered_pages_as_utf8_and_writes_the_same_bytes_into_pages_archive_and_copies()
    {
        using var site = await TestSite.BuildAsync(Site);
        site.ShouldSucceedWithoutDiagnostics();
        var page = site.Result.Outputs.FromPipeline(nameof(ContentPipeline)).Single(d => d.OutputPath == "leitfaden/a/index.html");
        page.Body.ShouldBeOfType<Utf8Body>();
        page.Content.ShouldBeEmpty();
        page.Text.ShouldContain("<h1>Seite Ä</h1>");
        page.Text.ShouldContain("„Äußerungen“ mit 😀");

        var written = File.ReadAllBytes(Path.Combine(site.Output, "leitfaden/a/index.html"));
        var text = Encoding.UTF8.GetString(written);
        text.ShouldContain("„Äußerungen“ mit 😀");
        text.ShouldNotContain("@@lotse-archive-size@@"); // the archive's size is filled in, as before
        text.ShouldContain(" KB)</a>");
        // The page as held, with the size put in its place, is the page as written.
        text.ShouldBe(page.Text.Replace("@@lotse-archive-size@@", text[(text.LastIndexOf("ZIP (", StringComparison.Ordinal) + 5)..text.LastIndexOf(")</a>", StringComparison.Ordinal)]));

        using var zip = ZipFile.OpenRead(Directory.EnumerateFiles(Path.Combine(site.Output, "download"), "*.zip").Single());
        Read(zip.GetEntry("leitfaden/a/index.html")!.Open()).ShouldBe(written);
        Read(new GZipStream(File.OpenRead(Path.Combine(site.Output, "leitfaden/a/index.html.gz")), CompressionMode.Decompress)).ShouldBe(written);
        Read(new BrotliStream(File.OpenRead(Path.Combine(site.Output, "leitfaden/a/index.html.br")), CompressionMode.Decompress)).ShouldBe(written);
    }

    [Fact]
    public async Task A_build_for_serve_keeps_the_pages_as_text_so_that_an_unchanged_page_stays_the_same_document()
    {
        using var site = await TestSite.BuildAsync(Site, write: false);
        var cache = new BuildCache();
        var first = await SiteBuilder.BuildAsync(new BuildOptions(site.Root), cache);
        first.Succeeded.ShouldBeTrue();
        var page = first.Outputs.FromPipeline(nameof(ContentPipeline)).Single(d => d.OutputPath == "leitfaden/a/index.html");
        page.Body.ShouldNotBeOfType<Utf8Body>();
        page.Content.ShouldContain("<h1>Seite Ä</h1>");
        page.Text.ShouldBeSameAs(page.Content);
    }

    [Fact]
    public void A_document_kept_as_utf8_reads_and_searches_as_its_text()
    {
        var text = "<p>Ämter „zitiert“ 😀 @@mark@@</p>";
        var document = new Document("content/a.md", "a/index.html", text, Metadata.Empty).KeptAsUtf8();
        document.Content.ShouldBeEmpty();
        ((Utf8Body)document.Body).Bytes.ToArray().ShouldBe(new UTF8Encoding(false).GetBytes(text));
        document.Text.ShouldBe(text);
        document.TextContains("@@mark@@").ShouldBeTrue();
        document.TextContains("„zitiert“ 😀").ShouldBeTrue();
        document.TextContains("@@other@@").ShouldBeFalse();
        new Document("", "b.html", "", Metadata.Empty).KeptAsUtf8().Body.ShouldBe(DocumentBody.Text); // nothing to keep
    }

    private static byte[] Read(Stream stream)
    {
        using (stream)
        {
            using var result = new MemoryStream();
            stream.CopyTo(result);
            return result.ToArray();
        }
    }
}
