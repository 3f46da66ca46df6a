using System.Buffers;
using System.Collections.Concurrent;
using Lotse.Kernel;

namespace Lotse.Features.Conformance;

/// <summary>Runs the static checks (<see cref="StaticCheckIds"/>) over every HTML page of the build: each page alone
/// (<see cref="PageChecks"/>), then across pages (consistent navigation and identification).</summary>
public static class HtmlChecks
{
    /// <param name="checkPage">Checks one page (<see cref="CheckPage(Document, PageTreeSpace)"/>) in the space of the
    /// worker that checks it; the build passes one that reuses the result of an unchanged page from the previous build.</param>
    internal static StaticResults Run(IReadOnlyList<Document> pages, Func<Document, PageTreeSpace, PageCheckResult> checkPage,
        CancellationToken cancellation = default)
    {
        var findings = new ConcurrentBag<Finding>();
        var facts = new PageFacts[pages.Count];
        // Issue 26: a tree space for each worker, reused page after page (a page's tree is garbage once checked). The
        // loop replaces its workers now and then; a new one takes the space a former one left.
        var spaces = new ConcurrentBag<PageTreeSpace>();
        Parallel.For(0, pages.Count, new ParallelOptions { CancellationToken = cancellation },
            () => spaces.TryTake(out var space) ? space : new PageTreeSpace(),
            (i, _, space) =>
            {
                var result = checkPage(pages[i], space);
                foreach (var finding in result.Findings) findings.Add(finding);
                facts[i] = result.Facts;
                return space;
            },
            spaces.Add);
        var all = findings.ToList();
        all.AddRange(AcrossPages(facts));
        return new StaticResults(pages.Count, all
            .OrderBy(f => f.Check, StringComparer.Ordinal).ThenBy(f => f.Page, StringComparer.Ordinal).ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToList());
    }

    /// <summary>The checks of one page alone, on its element tree (read in one pass when the page is written plainly,
    /// <see cref="PageTreeReader"/>; otherwise by the full HTML parser).</summary>
    internal static PageCheckResult CheckPage(string page, string html, PageTreeSpace? space = null)
    {
        space ??= new PageTreeSpace();
        var (found, facts) = PageChecks.Run(page, PageTreeReader.Read(html, space) ?? PageTreeFromDom.Parse(html, space));
        return new PageCheckResult(found, facts);
    }

    /// <summary>The checks of a page kept as UTF-8 (<see cref="CheckPage(string, string)"/>): read from its bytes, decoded
    /// only for the full HTML parser.</summary>
    internal static PageCheckResult CheckPage(string page, ReadOnlySequence<byte> html, PageTreeSpace? space = null)
    {
        space ??= new PageTreeSpace();
        var (found, facts) = PageChecks.Run(page, PageTreeReader.Read(html, space) ?? PageTreeFromDom.Parse(Utf8Text.Decode(html), space));
        return new PageCheckResult(found, facts);
    }

    /// <summary>The checks of a built page, as it is held: as UTF-8 (lotse build) or as text.</summary>
    internal static PageCheckResult CheckPage(Document page, PageTreeSpace space) => page is { Content.Length: 0, Body: Utf8Body utf8 }
        ? CheckPage(page.OutputPath, utf8.Bytes, space)
        : CheckPage(page.OutputPath, page.Text, space);

    private static IEnumerable<Finding> AcrossPages(IReadOnlyList<PageFacts> facts)
    {
        var withHeader = facts.Where(f => f.HasHeader).ToList();
        if (withHeader.Count == 0) yield break;
        // Each page's targets joined once (they were joined again to find the pages that differ).
        var targets = withHeader.Select(f => string.Join("\n", f.SharedLinks.Select(l => l.Target))).ToList();
        var usual = targets.GroupBy(t => t, StringComparer.Ordinal).OrderByDescending(g => g.Count()).First().Key;
        for (var k = 0; k < withHeader.Count; k++)
            if (targets[k] != usual)
                yield return new Finding(StaticCheckIds.ConsistentNavigation, withHeader[k].Page,
                    "Kopfzeile und Fußnavigation haben andere Einträge oder eine andere Reihenfolge als auf den übrigen Seiten.");

        foreach (var target in withHeader.SelectMany(f => f.SharedLinks.Select(l => (Link: l, f.Page))).GroupBy(x => x.Link.Target, StringComparer.Ordinal))
        {
            var names = target.GroupBy(x => x.Link.Name, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ToList();
            foreach (var odd in names.Skip(1))
                yield return new Finding(StaticCheckIds.ConsistentIdentification, odd.First().Page,
                    $"Der Link zu '{target.Key}' heißt hier '{odd.Key}', auf {names[0].Count()} anderen Seiten '{names[0].Key}'.");
        }
    }
}

/// <summary>The results of the static checks over one build: how many pages, and every finding.</summary>
public sealed record StaticResults(int PagesChecked, IReadOnlyList<Finding> Findings)
{
    public bool Passed(string check) => Findings.All(f => f.Check != check);
    public IEnumerable<Finding> Of(string check) => Findings.Where(f => f.Check == check);
}
