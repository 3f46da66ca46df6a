using System.Collections.Immutable;
using Lotse.Blocks.Config;
using Lotse.Blocks.Diagnostics;
using Lotse.Blocks.Html;
using Lotse.Blocks.Paths;
using Lotse.Blocks.Templates;
using Lotse.Features.Templates;
using Lotse.Kernel;
using Lotse.Site;
using Lotse.Site.Modules;
using Lotse.Site.Pipelines;

namespace Lotse.Features.Print;

/// <summary>
/// Makes the Gesamtausgaben (see <see cref="PrintEditionPlan"/>): merges each part's pages from the HTML of their
/// Markdown (the ContentPipeline's documents at the end of its Process phase, before layouts wrapped them, so
/// nothing is kept twice) and renders the result with the layout <c>gesamtausgabe</c>. Adds the PDFs that
/// <c>lotse pdf</c> left in the PDF folder (<see cref="PdfFolder"/>) and the download page (<c>download/</c>,
/// layout <c>downloads</c>) that lists the Gesamtausgaben and their PDFs with size and date, and the templates
/// (<see cref="TemplateKeys"/>: Word, Markdown and CSV) with their sizes.
/// </summary>
internal sealed class BuildPrintEditions : IModule
{
    /// <summary>Ids of the layouts around the chapters, which chapter ids must not take.</summary>
    private static readonly string[] LayoutIds = ["inhalt", "inhaltsverzeichnis", "titelseite", "gesamt-toc-titel", "hauptnavigation"];

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        if (context.Templates.HasErrors) return Task.FromResult(ImmutableArray<Document>.Empty);
        var pages = context.Outputs[nameof(ContentPipeline), Phase.Process];
        var site = context.Plan;
        var plan = PrintEditionPlan.Of(context);
        var templates = TemplateFiles(context);
        if (plan.Editions.Count == 0 && templates.Count == 0) return Task.FromResult(ImmutableArray<Document>.Empty);

        var rendered = context.Outputs.FromPipeline(nameof(ContentPipeline))
            .ToDictionary(d => d.SourcePath, d => d, StringComparer.Ordinal);
        var taken = rendered.Values.Select(d => d.OutputPath).ToHashSet(StringComparer.Ordinal);
        var outputs = pages.ToDictionary(d => d.ContentPath(), d => d.OutputPath, StringComparer.Ordinal);
        var model = new PageModel(site.LayoutConfig, site.Nav, site.Data, outputs, pageValues: RenderLayouts.PageValues(context));
        var renderer = new TemplateRenderer(context.Templates, model.Functions);
        var merger = new PrintEditionMerger(context.Config.LinkStyle, context.Config.BaseUrl);
        var pdfFolder = PdfFolder.Of(context.Config, context.Options.Root);
        var hasDownloads = context.Templates.Layout(PrintEditionPlan.DownloadsLayout) is not null
            && !Collides(PrintEditionPlan.DownloadsOutputPath, "content/_downloads", taken, context);

        var siteKey = RenderLayouts.SiteKey(pages, context);
        var results = new List<Document>();
        var listed = new List<Dictionary<string, object?>>();
        string? RenderedHtml(Document page) =>
            rendered.GetValueOrDefault(page.SourcePath) is { } r && !r.Metadata.GetBool(ContentKeys.Failed) ? r.Text : null;
        var editions = plan.Editions.Where(e => !Collides(e.OutputPath, e.Section.Page.SourcePath, taken, context)).ToList();
        // The editions on all cores (each merge uses all cores too, but its layout renders on one).
        // Of each merged edition only its Stand and chapter count are kept: its chapters' HTML is in the edition's file now.
        var made = new (string? Stand, int ChapterCount, PdfFile? Pdf, Document? Html)[editions.Count];
        Parallel.For(0, editions.Count, new ParallelOptions { CancellationToken = context.CancellationToken }, i =>
        {
            var edition = editions[i];
            var merged = MergeOrReuse(edition, () => merger.Merge(edition, page => page.Content, RenderedHtml, LayoutIds), RenderedHtml, context);
            var pdf = PdfFolder.Find(pdfFolder, edition);
            var document = EditionDocument(edition, merged, context)
                .WithMetadata("pdf", pdf is null ? null : PdfValues(pdf, SiteUrls.Relative(edition.OutputPath, PdfOutput(edition), context.Config.LinkStyle)))
                .WithMetadata("downloads_url", hasDownloads ? SiteUrls.Relative(edition.OutputPath, PrintEditionPlan.DownloadsOutputPath, context.Config.LinkStyle) : null);
            made[i] = (merged.Stand, merged.Chapters.Count, pdf, RenderSpliced(document, merged, PrintEditionPlan.Layout, model, renderer, context, siteKey));
        });
        for (var i = 0; i < editions.Count; i++)
        {
            var edition = editions[i];
            var (stand, chapterCount, pdf, html) = made[i];
            var pdfOutput = PdfOutput(edition);
            if (pdf is not null)
                results.Add(new Document(context.Paths.Relative(pdf.Path), pdfOutput, "", Metadata.Empty) { Body = DocumentBody.CopyOf(pdf.Path) });
            if (html is not null) results.Add(html);

            listed.Add(new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["title"] = edition.Title,
                ["url"] = SiteUrls.Relative(PrintEditionPlan.DownloadsOutputPath, edition.OutputPath, context.Config.LinkStyle),
                ["stand"] = stand,
                ["kapitel"] = (long)chapterCount,
                ["pdf"] = pdf is null ? null : PdfValues(pdf, SiteUrls.Relative(PrintEditionPlan.DownloadsOutputPath, pdfOutput, context.Config.LinkStyle)),
            });
        }

        if (hasDownloads)
        {
            var downloads = new Document("content/_downloads", PrintEditionPlan.DownloadsOutputPath, "", Metadata.Empty
                .Set(Keys.Title, "Downloads")
                .Set(Keys.Description, templates.Count == 0 ? "Die Gesamtausgaben zum Drucken und als PDF."
                    : listed.Count == 0 ? "Die Vorlagen als Word-, Markdown- und CSV-Datei."
                    : "Die Gesamtausgaben zum Drucken und als PDF, die Vorlagen als Word-, Markdown- und CSV-Datei.")
                .Set(Keys.Layout, PrintEditionPlan.DownloadsLayout)
                .Set(ContentKeys.IsGenerated, true)
                .Set("gesamtausgaben", listed.Count == 0 ? null : listed.ToList<object?>())
                .Set("vorlagen", templates.Count == 0 ? null : templates.Select(t => (object?)TemplateValues(t, context)).ToList()));
            if (Render(downloads, PrintEditionPlan.DownloadsLayout, model, renderer, context, siteKey) is { } html) results.Add(html);
        }
        return Task.FromResult(results.ToImmutableArray());
    }

    private static Document EditionDocument(PrintEdition edition, MergedEdition merged, BuildContext context)
    {
        var metadata = Metadata.Empty
            .Set(Keys.Title, edition.Title)
            .Set(Keys.Description, $"Alle {merged.Chapters.Count} Seiten von „{edition.Title}“ auf einer Seite, zum Lesen am Stück und zum Drucken.")
            .Set(Keys.Stand, merged.Stand)
            .Set(Keys.Layout, PrintEditionPlan.Layout)
            .Set(ContentKeys.IsGenerated, true)
            .Set(ContentKeys.CheckedAtPages, merged.PageLinks)
            .Set(PrintEditionPlan.NameKey, edition.Name)
            .Set("kapitel", Tree(merged.Chapters))
            .Set("anzahl_kapitel", (long)merged.Chapters.Count)
            .Set("quelle", context.Config.BaseUrl is { } baseUrl ? baseUrl + SiteUrls.CleanPath(edition.OutputPath) : null);
        var folder = SiteUrls.FolderOf(edition.Section.Page.SourcePath);
        return new Document(folder + "/gesamtausgabe", edition.OutputPath, "", metadata); // the chapters: RenderSpliced
    }

    /// <summary>The chapters as a tree along their depth (the section page holds the part's pages …).</summary>
    private static List<object?> Tree(IReadOnlyList<PrintChapter> chapters)
    {
        var roots = new List<object?>();
        var stack = new List<(int Depth, List<object?> Children)>();
        foreach (var chapter in chapters)
        {
            while (stack.Count > 0 && stack[^1].Depth >= chapter.Depth) stack.RemoveAt(stack.Count - 1);
            var children = new List<object?>();
            (stack.Count == 0 ? roots : stack[^1].Children).Add(new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["id"] = chapter.Id,
                ["title"] = chapter.Title,
                ["children"] = children,
            });
            stack.Add((chapter.Depth, children));
        }
        return roots;
    }

    /// <summary>The templates' Word files among the site's copied files (<see cref="TemplateKeys"/>), by title.</summary>
    private static List<Document> TemplateFiles(BuildContext context) => context.Outputs.FromPipeline(nameof(AssetsPipeline))
        .Where(d => d.Metadata.GetString(TemplateKeys.Title) is not null)
        .OrderBy(d => d.Metadata.GetString(TemplateKeys.Title), StringComparer.Ordinal)
        .ThenBy(d => d.OutputPath, StringComparer.Ordinal)
        .ToList();

    /// <summary>A template for the layout: <c>title</c>, <c>files</c> ({format, url, size, bytes}, Word first).</summary>
    private static Dictionary<string, object?> TemplateValues(Document word, BuildContext context) => new(StringComparer.Ordinal)
    {
        ["title"] = word.Metadata.GetString(TemplateKeys.Title),
        ["files"] = (word.Metadata.Get<List<object?>>(TemplateKeys.Files) ?? [])
            .OfType<Dictionary<string, object?>>()
            .Select(f => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["format"] = f.GetValueOrDefault("format"),
                ["url"] = SiteUrls.Relative(PrintEditionPlan.DownloadsOutputPath, (string)f["output"]!, LinkStyle.Files),
                ["size"] = f.GetValueOrDefault("size"),
                ["bytes"] = f.GetValueOrDefault("bytes"),
            })
            .ToList(),
    };

    private static Dictionary<string, object?> PdfValues(PdfFile pdf, string url) => new(StringComparer.Ordinal)
    {
        ["url"] = url,
        ["size"] = pdf.SizeText,
        ["bytes"] = pdf.Size,
        ["date"] = pdf.IsoDate,
    };

    private static bool Collides(string output, string source, HashSet<string> taken, BuildContext context)
    {
        if (taken.Add(output)) return false;
        context.Diagnostics.Error(DiagnosticCodes.DuplicateOutputPath, source, 0, 0,
            $"A page is already written to '{output}', where Lotse writes a generated page (Gesamtausgabe or downloads). Rename or move that page");
        return true;
    }

    /// <summary>An edition whose pages are as in the previous build (<c>lotse serve</c>) is not merged again.</summary>
    private static MergedEdition MergeOrReuse(PrintEdition edition, Func<MergedEdition> merge, Func<Document, string?> renderedHtml, BuildContext context) =>
        context.Reuse(cache => cache.Slot<PrintCache>().Editions, () =>
        {
            var key = new Fingerprint().Add(nameof(MergedEdition)).Add(edition.OutputPath).AddValue(context.Config.Values);
            foreach (var node in edition.Pages)
                key.Add(node.Title).Add(node.Page).Add(string.IsNullOrWhiteSpace(node.Page.Content) ? renderedHtml(node.Page) : null);
            return key.Value;
        }, merge)!;

    private static string PdfOutput(PrintEdition edition) => "download/" + edition.PdfFileName;

    /// <summary>Stands for the chapters while the layout renders (a private-use character on each side, which Markdown
    /// and layouts do not write).</summary>
    private const string ChaptersMark = "\uE000lotse-kapitel\uE000";

    /// <summary>Renders the layout around a mark instead of the chapters (12–21 MB of HTML at 10k pages, which Scriban
    /// would copy through its output and the base layout's <c>body</c>) and puts the chapters' UTF-8 in its place: the
    /// edition is kept as UTF-8 in one array from the start (<see cref="EditionBytes"/>), never as a string of the whole.
    /// A layout that does not show <c>page.content</c> exactly once as it is (<see cref="VerbatimUse"/>) gets the chapters
    /// themselves as text.</summary>
    private static Document? RenderSpliced(Document page, MergedEdition merged, string layout, PageModel model, TemplateRenderer renderer,
        BuildContext context, UInt128 site)
    {
        if (!VerbatimUse.IsShownOnceAsIs(context.Templates, layout, Keys.Content))
            return Render(page with { Content = merged.Html() }, layout, model, renderer, context, site);
        var marked = Render(page with { Content = ChaptersMark }, layout, model, renderer, context, site);
        if (marked is null) return null;
        var at = marked.Content.IndexOf(ChaptersMark, StringComparison.Ordinal);
        if (at < 0 || marked.Content.IndexOf(ChaptersMark, at + 1, StringComparison.Ordinal) >= 0)
            return Render(page with { Content = merged.Html() }, layout, model, renderer, context, site);
        var (before, after) = (marked.Content[..at], marked.Content[(at + ChaptersMark.Length)..]);
        var (beforeBytes, afterBytes) = (Utf8Text.Encode(before), Utf8Text.Encode(after));
        // The link check's facts from the pieces (AnalyzeHtml would decode the whole edition into a string for them).
        var facts = merged.ChapterFacts is { } chapters && PieceFacts.OfClosed(before + PieceFacts.Sentinel) is { } layoutBefore
            ? PieceFacts.Join([layoutBefore, chapters, new HtmlAnalyzer().Analyze(after)])
            : null;
        // With its facts, nothing later reads the edition but the archive, the precompression and the output, which read a
        // streamed file from the staging folder: a build into a new one gets it streamed there now instead of holding it
        // (25-43 MB each at 10k pages) until the files are written. Not an edition a feature writes later with values only
        // known then (the offline downloads' sizes in its layout or chapters): that one is held until then, as before.
        var edition = facts is not null && context.Output.EarlyStreams is { } open && !WrittenLater(marked, merged.ChapterHtml, context)
            ? Streamed(marked, open, beforeBytes, merged.ChapterHtml, afterBytes)
            : marked with { Content = "", Body = DocumentBody.Utf8(new System.Buffers.ReadOnlySequence<byte>(EditionBytes.Splice(beforeBytes, merged.ChapterHtml, afterBytes))) };
        return facts is null ? edition : edition.WithMetadata(ContentKeys.Anchors, facts.Ids).WithMetadata(ContentKeys.HtmlLinks, facts.References);
    }

    /// <summary>Whether a feature writes the edition itself later (<see cref="IFeature.WritesLater"/>), asked of the layout's
    /// output and of each chapter (a placeholder is in one of them; none spans two).</summary>
    private static bool WrittenLater(Document marked, IReadOnlyList<ReadOnlyMemory<byte>> chapters, BuildContext context) =>
        context.Features.Any(f => f.WritesLater(marked, context)) || chapters.Any(chapter => context.Features.Any(f =>
            f.WritesLater(marked with { Content = "", Body = DocumentBody.Utf8(new System.Buffers.ReadOnlySequence<byte>(chapter)) }, context)));

    /// <summary>The edition written into its file in the staging folder (<see cref="EditionBytes.WriteTo"/>), as a document
    /// whose body is <see cref="DocumentBody.Streamed"/>.</summary>
    private static Document Streamed(Document marked, Func<string, Stream> open, byte[] before, IReadOnlyList<ReadOnlyMemory<byte>> chapters, byte[] after)
    {
        using (var file = open(marked.OutputPath)) EditionBytes.WriteTo(file, before, chapters, after);
        return marked with { Content = "", Body = DocumentBody.Streamed };
    }

    private static Document? Render(Document page, string layout, PageModel model, TemplateRenderer renderer, BuildContext context, UInt128 site)
    {
        var html = RenderLayouts.RenderOrReuse(page, layout, site, () => renderer.Render(layout, model.For(page), page.SourcePath, context.Diagnostics), context);
        return html is null ? null : page with { Content = html, Metadata = page.Metadata.Set(ContentKeys.Layout, layout) };
    }
}
