using System.Collections.Immutable;
using System.Diagnostics;
using Lotse.Blocks.Output;
using Lotse.Kernel;
using Lotse.Site.Modules;
using Lotse.Site.Pipelines;

namespace Lotse.Site;

/// <summary>
/// <c>lotse serve</c>'s fast lane (as Hugo's fast render): when a change edits only the bodies of pages
/// (<see cref="BodyOnlyChange"/>), those pages are rendered alone (front matter, the steps before Markdown, Markdown,
/// layout, HTML analysis), with the site-wide facts of the last build whose pages were good (its settings, templates,
/// navigation, link targets and headings, the features' prepared readers and layout values, held here), their links
/// are checked against the last build's pages and downloads, and they are written; the browser reloads. Nothing else is
/// looked at: no other page is walked. The ordinary rebuild (<see cref="StagedBuild"/>, both stages, reusing what did not
/// change) follows as the fast lane's second stage and makes every output and the diagnostics a full build's; it
/// writes a page again only where its bytes differ (the pages stating the downloads' sizes, once the archive is made).
/// Any diagnostic of the fast lane leaves it: the ordinary rebuild then reports it.
/// <para>Made after every build whose pages were good (<see cref="BuildCache.FastLane"/>); a failed build, and every
/// change that is not body-only, drops it until the next good build. A fast lane's change leaves it valid: such a change
/// alters nothing another page or the site-wide facts show.</para>
/// </summary>
public sealed class SinglePageRender
{
    private readonly BuildContext _last;
    private readonly RenderMarkdown.MarkdownStep _markdown;
    private readonly RenderLayouts.LayoutStep _layouts;
    private readonly int _day;

    private SinglePageRender(BuildContext last, RenderMarkdown.MarkdownStep markdown, RenderLayouts.LayoutStep layouts)
    {
        _last = last;
        _markdown = markdown;
        _layouts = layouts;
        _day = last.Options.TodayOrClock.DayNumber;
    }

    /// <summary>The fast lane with the site-wide facts of a build whose pages were good (null when its pages were not
    /// rendered, e.g. the templates had errors).</summary>
    internal static SinglePageRender? From(BuildContext context) =>
        context.LaneParts is { Markdown: { } markdown, Layouts: { } layouts } ? new SinglePageRender(context, markdown, layouts) : null;

    /// <summary>Renders and writes the pages of a body-only change (<paramref name="changes"/>: the full paths serve's
    /// watcher reported); null when the change is not body-only or anything was reported (then nothing was written).</summary>
    public async Task<FastLaneResult?> TryAsync(IReadOnlyCollection<string>? changes, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        if (BodyOnlyChange.Pages(changes, _last.Paths) is not { } sources) return null;
        if (_last.Options.TodayOrClock.DayNumber != _day) return null;
        var diagnostics = _last.Diagnostics.Empty();
        var reportedBefore = _last.Diagnostics.Count; // the features' readers report where they were prepared
        var lane = _last.ForOnePage(diagnostics, OutputWriter.None(diagnostics), cancellationToken);
        var pages = new List<Document>(sources.Count);
        foreach (var source in sources)
        {
            if (await Render(source, lane) is not { } page) return null;
            pages.Add(page);
        }
        if (diagnostics.Count > 0 || _last.Diagnostics.Count != reportedBefore) return null;
        var rendered = clock.Elapsed;

        // The links of the pages, against the last build's pages and files and its search index, Gesamtausgaben and downloads.
        await new ValidateLinks(_ => pages, knownTargets: _ => Targets()).ExecuteAsync([], lane);
        if (diagnostics.Count > 0) return null;
        var linksChecked = clock.Elapsed;

        var cache = _last.Cache!;
        await cache.Writing.WaitAsync(cancellationToken);
        try
        {
            await new WriteFiles().ExecuteAsync([.. pages], _last.ForOnePage(diagnostics, Writer().Again(diagnostics), cancellationToken));
        }
        catch (Exception e) when (FileSystemFault.Find(e) is not null)
        {
            return null; // the ordinary rebuild reports it
        }
        finally { cache.Writing.Release(); }
        // A page that could not be written (disk full …): the ordinary rebuild reports it.
        if (diagnostics.Count > 0) return null;
        return new FastLaneResult(pages.Select(p => p.OutputPath).ToList(), clock.Elapsed,
            [("render", rendered), ("link check", linksChecked - rendered), ("write", clock.Elapsed - linksChecked)]);
    }

    /// <summary>One page through the content pipeline's steps for a page read from a file, with the last build's facts;
    /// null when the change is not body-only for it.</summary>
    private async Task<Document?> Render(string source, BuildContext lane)
    {
        var index = IndexOf(source);
        if (index < 0) return null;
        var (preparedBefore, renderedBefore) = (_markdown.Inputs[index], _markdown.Outputs[index]);
        if (SourceFiles.ReadAll([lane.Paths.Full(source)], lane) is not [(var relative, { } text)]) return null;
        ImmutableArray<Document> docs = [new Document(relative, "", text, Metadata.Empty)];
        foreach (var step in ContentPipeline.PageSteps(lane.Features).Prepend(new ExtractFrontMatter()))
            docs = await step.ExecuteAsync(docs, lane);
        if (docs is not [var prepared] || !BodyOnlyChange.SamePlace(preparedBefore, prepared)) return null;

        var rendered = RenderMarkdown.RenderOne(prepared, _markdown, lane);
        if (rendered.Metadata.GetBool(ContentKeys.Failed)
            || !BodyOnlyChange.SharedAsBefore(renderedBefore, rendered, Gathered(renderedBefore), _markdown.Inputs, _last)
            || !BodyOnlyChange.SameHeadings(preparedBefore, prepared, lane.Markdown))
            return null;

        docs = [RenderLayouts.LayOut(rendered, _layouts, lane, reuse: false)];
        foreach (var step in ContentPipeline.AfterLayouts())
            docs = await step.ExecuteAsync(docs, lane);
        return docs is [var page] && !page.Metadata.GetBool(ContentKeys.Failed) ? page : null;
    }

    /// <summary>The page's place among the pages the last build rendered from Markdown, or -1.</summary>
    private int IndexOf(string source)
    {
        var inputs = _markdown.Inputs;
        for (var i = 0; i < inputs.Length; i++)
            if (inputs[i].SourcePath == source) return i;
        return -1;
    }

    /// <summary>The last build's page as the steps after Markdown passed it on to the layouts (the same document when they
    /// left it alone).</summary>
    private Document? Gathered(Document rendered)
    {
        foreach (var page in _last.Outputs[nameof(ContentPipeline), Phase.Process])
            if (page.SourcePath == rendered.SourcePath && page.OutputPath == rendered.OutputPath) return page;
        return null;
    }

    private LinkTargets? _targets;
    private OutputWriter? _writer;
    private readonly Lock _gate = new();

    /// <summary>Makes what every fast lane with these facts needs once (the link targets, the writer's list of Lotse's
    /// files), so that the first edit after a build does not: <c>lotse serve</c> calls it when it is idle.</summary>
    public void Prepare()
    {
        Targets();
        Writer();
    }

    /// <summary>The last build's pages and files and its search index, Gesamtausgaben and downloads, as link targets.</summary>
    private LinkTargets Targets()
    {
        lock (_gate) return _targets ??= LinkTargets.Of(FirstStageDocuments().Concat(_last.Cache!.LaterOutputs).ToList());
    }

    /// <summary>A writer into the output in place (the last build's, when it wrote in place), for <see cref="OutputWriter.Again"/>.</summary>
    private OutputWriter Writer()
    {
        lock (_gate)
            return _writer ??= _last.Output.IsInPlace ? _last.Output
                : OutputWriter.InPlace(new OutputFolder(_last.Options.OutputFolder), _last.Cache!.Output, _last.Diagnostics.Empty());
    }

    /// <summary>Every document of the last build's first stage (the pipelines before the pages are written).</summary>
    private IEnumerable<Document> FirstStageDocuments()
    {
        var later = _last.LaterPipelineNames.Append(nameof(ValidationPipeline)).ToHashSet(StringComparer.Ordinal);
        return _last.PipelineNames.Where(name => !later.Contains(name)).SelectMany(name => _last.Outputs.FromPipeline(name));
    }
}

/// <summary>What the fast lane wrote (output paths), how long it took, and how long its steps took.</summary>
public sealed record FastLaneResult(IReadOnlyList<string> Pages, TimeSpan Elapsed, IReadOnlyList<(string Step, TimeSpan Elapsed)> Steps);
