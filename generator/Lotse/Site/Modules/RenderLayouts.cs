using System.Buffers;
using System.Collections.Immutable;
using Lotse.Blocks.Data;
using Lotse.Blocks.Diagnostics;
using Lotse.Blocks.Paths;
using Lotse.Blocks.Templates;
using Lotse.Kernel;
using Lotse.Site.Navigation;
using Scriban.Runtime;

namespace Lotse.Site.Modules;

/// <summary>Wraps each page's HTML in its layout (front matter <c>layout</c>, default <c>page</c>) and the
/// base layout, on all cores. Runs in PostProcess, so the navigation knows every page.</summary>
internal sealed class RenderLayouts : IModule
{
    public const string DefaultLayout = "page";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        if (context.Templates.HasErrors) return Task.FromResult(ImmutableArray<Document>.Empty);
        var plan = context.Plan;
        ReportUnknownNavEntries(plan.Nav, context);
        var outputs = inputs.ToDictionary(d => d.ContentPath(), d => d.OutputPath, StringComparer.Ordinal);
        var (site, globals) = Site(inputs, context);
        var model = new PageModel(plan.LayoutConfig, plan.Nav, plan.Data, outputs, globals, PageValues(context));
        var renderer = new TemplateRenderer(context.Templates, model.Functions);
        var known = string.Join(", ", context.Templates.Templates.Keys
            .Where(k => k.StartsWith("layouts/", StringComparison.Ordinal) && !k.StartsWith("layouts/_", StringComparison.Ordinal))
            .Select(k => k["layouts/".Length..^".html".Length]));

        var step = new LayoutStep(site, model, renderer, known);
        if (context.Cache is not null) context.LaneParts.Layouts = step;
        var results = new Document?[inputs.Length];
        Parallel.For(0, inputs.Length, new ParallelOptions { CancellationToken = context.CancellationToken },
            i => results[i] = LayOut(inputs[i], step, context, reuse: true));
        return Task.FromResult(results.Select(d => d!).ToImmutableArray());
    }

    /// <summary>What every page's layout shares (the navigation, the pages' places, the features' values), made once
    /// for all pages: <c>lotse serve</c>'s fast lane lays out one edited page with it (<see cref="SinglePageRender"/>).</summary>
    /// <param name="Known">The layouts there are, for the message about an unknown one.</param>
    internal sealed record LayoutStep(UInt128 Site, PageModel Model, TemplateRenderer Renderer, string Known);

    /// <summary>One page in its layout; with <paramref name="reuse"/>, taken from the previous build when its inputs are
    /// the same (the fast lane does not: the second stage lays the page out again, into the memo).</summary>
    internal static Document LayOut(Document page, LayoutStep step, BuildContext context, bool reuse)
    {
        if (page.Metadata.GetBool(ContentKeys.Failed)) return page;
        var layout = page.Metadata.GetString(Keys.Layout) ?? DefaultLayout;
        if (context.Templates.Layout(layout) is null)
        {
            // At the 'layout:' line of the page, else of the nearest _dir.yml that sets it (once for all its pages).
            var (file, line, column) = FrontMatterLine.Find(context.Options.Root, page.SourcePath, Keys.Layout) is { } own
                ? (page.SourcePath, own.Line, own.Column)
                : FrontMatterLine.InFolderDefaults(context.Options.Root, context.Paths.Content, page.SourcePath, Keys.Layout) ?? (page.SourcePath, 0, 0);
            context.Diagnostics.Error(DiagnosticCodes.UnknownLayout, file, line, column,
                $"The layout '{layout}' does not exist. Use one of: {step.Known}");
            return page.WithMetadata(ContentKeys.Failed, true);
        }
        // The page's values only when it is rendered (not for a page whose layout is reused).
        ScriptObject Values() => step.Model.For(page, missing =>
        {
            context.Diagnostics.Error(DiagnosticCodes.LinkTargetMissing, page.SourcePath, 0, 0,
                $"Layout '{layout}' links to 'content/{missing}', which does not exist. Create the page or fix the layout");
            return null;
        });
        if (context.Cache is null && page.OutputPath.EndsWith(".html", StringComparison.Ordinal))
        {
            // lotse build and check hold pages as UTF-8 (KeepHtmlAsUtf8): rendered straight into it, no string of the page.
            var bytes = step.Renderer.RenderUtf8(layout, Values(), page.SourcePath, context.Diagnostics);
            return bytes is null ? page.WithMetadata(ContentKeys.Failed, true) : WithLayout(page, bytes, layout);
        }
        Func<string?> render = () => step.Renderer.Render(layout, Values(), page.SourcePath, context.Diagnostics);
        var html = reuse ? RenderOrReuse(page, layout, step.Site, render, context) : render();
        return html is null ? page.WithMetadata(ContentKeys.Failed, true)
            // In lotse serve, the same page with the same HTML is the same document as before.
            : context.Derive(cache => cache.LaidOut, page, html, (p, h) => WithLayout(p, h, layout));
    }

    private static Document WithLayout(Document page, string html, string layout) =>
        page with { Content = html, Metadata = page.Metadata.Set(ContentKeys.Layout, layout) };

    /// <summary>The page with its HTML as UTF-8, as <see cref="Document.KeptAsUtf8"/> holds it (an empty page as text).</summary>
    private static Document WithLayout(Document page, byte[] html, string layout) => html.Length == 0
        ? WithLayout(page, "", layout)
        : page with { Content = "", Body = DocumentBody.Utf8(new ReadOnlySequence<byte>(html)), Metadata = page.Metadata.Set(ContentKeys.Layout, layout) };

    /// <summary>The features' values for every page's <c>page</c>.</summary>
    public static IReadOnlyList<IPageValues> PageValues(BuildContext context) =>
        context.Features.Select(f => f.PageValues(context)).OfType<IPageValues>().ToList();

    /// <summary>What every page's layout sees besides the page (the features' <see cref="IFeature.LayoutGlobals"/>), and
    /// the fingerprint of what a layout shows besides the page itself (in <c>lotse serve</c>; else zero): the templates,
    /// every page's place, title and front matter (navigation, lists of pages), the data files, the settings, the date,
    /// and what the features' values depend on.</summary>
    public static (UInt128 Key, IReadOnlyDictionary<string, object?> Globals) Site(IReadOnlyList<Document> pages, BuildContext context)
    {
        var key = context.Cache is null ? default : PagesKey(pages, context);
        var site = new Fingerprint().Add(key);
        var globals = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var feature in context.Features)
        {
            if (feature.LayoutGlobals(pages, key, context) is not { } values) continue;
            foreach (var (name, value) in values.Values) globals[name] = value;
            site.Add(values.Key);
        }
        return (context.Cache is null ? default : site.Value, globals);
    }

    /// <summary>The key of <see cref="Site"/> alone (zero without a cache).</summary>
    public static UInt128 SiteKey(IReadOnlyList<Document> pages, BuildContext context) =>
        context.Cache is null ? default : Site(pages, context).Key;

    private static UInt128 PagesKey(IReadOnlyList<Document> pages, BuildContext context)
    {
        var key = new Fingerprint().Add(nameof(RenderLayouts)).Add(context.Templates.Fingerprint);
        var known = context.Cache!.Fingerprints;
        foreach (var page in pages) key.Add(known.OfPlace(page));
        return key.AddValue(context.Plan.Data).AddValue(context.Config.Values).Add(context.Options.TodayOrClock.DayNumber).Value;
    }

    /// <summary>A page whose layout inputs are those of the previous build (which reported nothing then) is not rendered again.</summary>
    public static string? RenderOrReuse(Document page, string layout, UInt128 site, Func<string?> render, BuildContext context) =>
        context.Reuse(cache => cache.Layouts, () => new Fingerprint().Add(site).Add(layout).Add(context.Cache!.Fingerprints.Of(page)).Value, render, reportsProblems: true);

    private static void ReportUnknownNavEntries(NavTree nav, BuildContext context)
    {
        // A navigation file that is also a page (GitBook's SUMMARY.md) has its links checked as a page's already.
        if (nav.BySource.ContainsKey(nav.Source.Replace("content/", "", StringComparison.Ordinal))) return;
        YamlPositions? positions = null; // nav.yml read again only when an entry names no page
        foreach (var entry in nav.Unknown)
        {
            var (line, column) = (entry.Line, entry.Line > 0 ? 1 : 0);
            if (entry.YamlPath is { } path)
            {
                positions ??= YamlPositions.Of(SourceText.Read(Path.Combine(context.Options.Root, nav.Source), out _) ?? "");
                (line, column) = positions.Value([.. path]);
            }
            context.Diagnostics.Warning(DiagnosticCodes.NavEntryUnknown, nav.Source, line, column,
                $"The entry '{entry.Path}' names no page or folder{ClosestPage(entry.Path, context)}. Remove it or fix the path");
        }
    }

    /// <summary>" (did you mean 'x'?)" for the page closest to a navigation entry, else "".</summary>
    private static string ClosestPage(string? path, BuildContext context)
    {
        if (path is null) return "";
        var pages = context.Plan.Pages.Select(p => p.ContentPath()).ToList();
        var folders = pages.Where(p => p.Contains('/')).Select(p => p[..p.LastIndexOf('/')]).Distinct(StringComparer.Ordinal);
        return ClosestPath.Find(path.Trim('/'), pages.Concat(folders)) is { } closest ? $" (did you mean '{closest}'?)" : "";
    }
}
