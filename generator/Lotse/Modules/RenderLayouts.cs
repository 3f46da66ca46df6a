using System.Collections.Immutable;
using Lotse.Core;
using Lotse.Diagnostics;
using Lotse.Navigation;
using Lotse.Templates;

namespace Lotse.Modules;

/// <summary>Wraps each page's HTML in its layout (front matter <c>layout</c>, default <c>page</c>) and the
/// base layout, on all cores. Runs in PostProcess, so the navigation knows every page.</summary>
public sealed class RenderLayouts : IModule
{
    public const string DefaultLayout = "page";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        if (context.Templates.HasErrors) return Task.FromResult(ImmutableArray<Document>.Empty);
        var (data, nav, print, _, layoutConfig) = context.Plan;
        ReportUnknownNavEntries(NavTree.TopLevelOrder(data), nav, context);
        var outputs = inputs.ToDictionary(d => d.ContentPath(), d => d.OutputPath, StringComparer.Ordinal);
        var site = context.Cache is null ? default : SiteKey(inputs, context);
        // In lotse serve, the A–Z list of the last build, while no page's place, front matter or searchability changed.
        var searchAz = context.Cache is { } cache ? cache.SearchAz.GetOrAdd(site, () => SearchAz(inputs))! : SearchAz(inputs);
        var model = new PageModel(layoutConfig, nav, data, outputs, searchAz, print);
        var renderer = new TemplateRenderer(context.Templates, model.Functions);
        var known = string.Join(", ", context.Templates.Templates.Keys
            .Where(k => k.StartsWith("layouts/", StringComparison.Ordinal) && !k.StartsWith("layouts/_", StringComparison.Ordinal))
            .Select(k => k["layouts/".Length..^".html".Length]));

        var results = new Document?[inputs.Length];
        Parallel.For(0, inputs.Length, new ParallelOptions { CancellationToken = context.CancellationToken }, i =>
        {
            var page = inputs[i];
            if (page.Metadata.GetBool(ContentKeys.Failed))
            {
                results[i] = page;
                return;
            }
            var layout = page.Metadata.GetString(Keys.Layout) ?? DefaultLayout;
            if (context.Templates.Layout(layout) is null)
            {
                context.Diagnostics.Error(DiagnosticCodes.UnknownLayout, page.SourcePath, 0, 0,
                    $"The layout '{layout}' does not exist. Use one of: {known}");
                results[i] = page.WithMetadata(ContentKeys.Failed, true);
                return;
            }
            // The page's values only when it is rendered (not for a page whose layout is reused).
            var html = RenderOrReuse(page, layout, site, () => renderer.Render(layout, model.For(page, missing =>
            {
                context.Diagnostics.Error(DiagnosticCodes.LinkTargetMissing, page.SourcePath, 0, 0,
                    $"Layout '{layout}' links to 'content/{missing}', which does not exist. Create the page or fix the layout");
                return null;
            }), page.SourcePath, context.Diagnostics), context);
            results[i] = html is null ? page.WithMetadata(ContentKeys.Failed, true)
                // In lotse serve, the same page with the same HTML is the same document as before.
                : context.Cache is { } reuse ? reuse.LaidOut.Get(page, html, (p, h) => WithLayout(p, h, layout))
                : WithLayout(page, html, layout);
        });
        return Task.FromResult(results.Select(d => d!).ToImmutableArray());
    }

    private static Document WithLayout(Document page, string html, string layout) =>
        page with { Content = html, Metadata = page.Metadata.Set(ContentKeys.Layout, layout) };

    private static List<object?> SearchAz(ImmutableArray<Document> inputs) =>
        Search.SearchAzIndex.Build(inputs.Where(SiteSearch.SearchDocuments.IsSearchable).Select(SiteSearch.SearchDocuments.PageEntry))
            .Select(letter => (object?)new Dictionary<string, object?>
            {
                ["letter"] = letter.Letter,
                ["entries"] = letter.Entries.Select(e => (object?)new Dictionary<string, object?>
                {
                    ["title"] = e.Title, ["url"] = e.Url, ["area"] = e.Area, ["is_faq"] = e.IsFaq,
                }).ToList(),
            }).ToList();

    /// <summary>What a page's layout shows besides the page itself: the templates, every page's place, title and
    /// front matter and whether it is in the A–Z (navigation, lists of pages, A–Z), the data files, the settings and the date.</summary>
    public static UInt128 SiteKey(IReadOnlyList<Document> pages, BuildContext context)
    {
        var key = new Fingerprint().Add(nameof(RenderLayouts)).Add(context.Templates.Fingerprint);
        var known = context.Cache?.Fingerprints;
        foreach (var page in pages) key.Add(known is null ? PlaceOf(page, null).Value : known.OfPlace(page));
        return key.AddValue(context.Plan.Data).AddValue(context.Config.Values).Add(context.Options.TodayOrClock.DayNumber).Value;
    }

    /// <summary>A page's part of <see cref="SiteKey"/>: its place, whether it is in the A–Z, and its own values.</summary>
    internal static Fingerprint PlaceOf(Document page, InstanceFingerprints? known)
    {
        var key = new Fingerprint().Add(page.SourcePath).Add(page.OutputPath).Add(SiteSearch.SearchDocuments.IsSearchable(page) ? 1 : 0);
        return known is null ? key.Add(page.Metadata, InstanceFingerprints.IsPublic) : key.Add(known.OfPublic(page.Metadata));
    }

    /// <summary>A page whose layout inputs are those of the previous build (which reported nothing then) is not rendered again.</summary>
    public static string? RenderOrReuse(Document page, string layout, UInt128 site, Func<string?> render, BuildContext context)
    {
        if (context.Cache is not { } cache) return render();
        return cache.Layouts.GetOrAdd(new Fingerprint().Add(site).Add(layout).Add(cache.Fingerprints.Of(page)).Value, render, context.Diagnostics);
    }

    private static void ReportUnknownNavEntries(IReadOnlyList<string> order, NavTree nav, BuildContext context)
    {
        foreach (var entry in order)
        {
            var e = entry.TrimEnd('/');
            if (!nav.BySource.ContainsKey(e) && !nav.BySource.ContainsKey(e + "/index.md") && !nav.BySource.ContainsKey(e + ".md"))
                context.Diagnostics.Warning(DiagnosticCodes.NavEntryUnknown, "content/_data/nav.yml", 0, 0,
                    $"The entry '{entry}' names no page or folder. Remove it or fix the path");
        }
    }
}
