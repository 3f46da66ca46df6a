using System.Text;
using Lotse.Cli;

namespace Lotse.BrowserTests;

/// <summary>Issue 11: <c>lotse pdf</c> prints each Gesamtausgabe of a mini-site with Debian's Chromium into the PDF
/// folder; the PDF has the document's title, its language and a structure tree, and the second build links it.</summary>
public sealed class PdfCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("lotse-pdf-").FullName;

    private static readonly Dictionary<string, string> Files = new()
    {
        ["lotse.yml"] = "title: Testseite\npdfFolder: druck\n",
        ["themes/default/layouts/_base.html"] = "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>{{ page.title }} – Druckprobe</title></head><body>{{ body }}</body></html>",
        ["themes/default/layouts/page.html"] = "<main><h1>{{ page.title }}</h1>{{ page.content }}</main>",
        ["themes/default/layouts/gesamtausgabe.html"] = "<main><h1>{{ page.title }}</h1>{{ if page.pdf }}<a class=\"pdf\" href=\"{{ page.pdf.url }}\">PDF {{ page.pdf.size }}</a>{{ end }}{{ page.content }}</main>",
        ["themes/default/layouts/downloads.html"] = "<main><h1>{{ page.title }}</h1>{{ for e in page.gesamtausgaben }}{{ if e.pdf }}<a class=\"pdf\" href=\"{{ e.pdf.url }}\">{{ e.title }}</a>{{ end }}{{ end }}</main>",
        ["content/index.md"] = "# Start\n",
        ["content/handbuch/index.md"] = "---\ntitle: Handbuch Übersicht\n---\nEinleitung.\n",
        ["content/handbuch/a.md"] = "---\ntitle: Erstes Kapitel\norder: 1\n---\n## Abschnitt\n\nText mit Umlauten: äöü.\n\n| A | B |\n|---|---|\n| 1 | 2 |\n",
        ["content/handbuch/b.md"] = "---\ntitle: Zweites Kapitel\norder: 2\n---\nMehr Text.\n",
    };

    public PdfCommandTests()
    {
        foreach (var (path, content) in Files)
        {
            var full = Path.Combine(_root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content);
        }
    }

    [Fact]
    public async Task Lotse_pdf_writes_a_tagged_PDF_with_title_and_language_and_the_build_links_it()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await PdfCommand.RunAsync(CliOptions.Parse(["pdf", _root, "--chromium", SiteFixture.ChromiumPath], out _)!, output, error);
        exit.ShouldBe(0, $"{output}\n{error}");

        var pdf = await File.ReadAllBytesAsync(Path.Combine(_root, "druck", "handbuch.pdf"));
        Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
        var title = "Handbuch Übersicht – Druckprobe";
        var utf16Hex = "FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(title));
        (Contains(pdf, "/Title (" + title + ")") || Contains(pdf, "/Title <" + utf16Hex + ">")).ShouldBeTrue("the document's title is the PDF's /Title");
        Contains(pdf, "/Lang (de)").ShouldBeTrue("the PDF carries the document's language");
        Contains(pdf, "/StructTreeRoot").ShouldBeTrue("the PDF is tagged");
        Contains(pdf, "/Outlines").ShouldBeTrue("the PDF has an outline from the headings");

        var site = Path.Combine(_root, "site");
        new FileInfo(Path.Combine(site, "download", "handbuch.pdf")).Length.ShouldBe(pdf.Length);
        (await File.ReadAllTextAsync(Path.Combine(site, "download", "index.html"))).ShouldContain("<a class=\"pdf\" href=\"handbuch.pdf\">Handbuch Übersicht</a>");
        (await File.ReadAllTextAsync(Path.Combine(site, "handbuch", "gesamtausgabe", "index.html"))).ShouldContain("<a class=\"pdf\" href=\"../../download/handbuch.pdf\">PDF ");
        output.ToString().ShouldContain("1 of 1 PDFs in druck/");

        // The PDF's text (pdftotext from Debian's poppler-utils) has the titles of all pages in navigation order.
        var text = PdfText(Path.Combine(_root, "druck", "handbuch.pdf"));
        var positions = new[] { "Handbuch Übersicht", "Erstes Kapitel", "Zweites Kapitel" }.Select(t => text.IndexOf(t, StringComparison.Ordinal)).ToList();
        positions.ShouldAllBe(p => p >= 0, text);
        positions.ShouldBeInOrder(SortDirection.Ascending);
    }

    private static string PdfText(string pdf)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("pdftotext", ["-enc", "UTF-8", pdf, "-"])
        {
            RedirectStandardOutput = true,
        }) ?? throw new InvalidOperationException("pdftotext did not start: install poppler-utils (tests/run does)");
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text;
    }

    [Fact]
    public async Task Without_Chromium_lotse_pdf_says_how_to_install_it_and_exits_non_zero()
    {
        var missing = Path.Combine(_root, "gibt-es-nicht", "chromium");
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await PdfCommand.RunAsync(CliOptions.Parse(["pdf", _root, "--chromium", missing], out _)!, output, error);
        exit.ShouldBe(PdfCommand.ChromiumMissing);
        exit.ShouldNotBe(0);
        error.ToString().ShouldContain($"Chromium was not found at '{missing}'");
        error.ToString().ShouldContain("apt-get install chromium");
        Directory.Exists(Path.Combine(_root, "druck")).ShouldBeFalse();
        Directory.Exists(Path.Combine(_root, "site")).ShouldBeFalse("nothing is built without a way to print");
    }

    private static bool Contains(byte[] haystack, string needle) =>
        haystack.AsSpan().IndexOf(Encoding.Latin1.GetBytes(needle)) >= 0;

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }
}
