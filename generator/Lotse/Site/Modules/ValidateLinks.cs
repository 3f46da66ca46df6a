using System.Collections.Immutable;
using Lotse.Blocks.Diagnostics;
using Lotse.Blocks.Markdown;
using Lotse.Blocks.Paths;
using Lotse.Kernel;

namespace Lotse.Site.Modules;

/// <summary>
/// Checks every internal link of the whole site once all files are known, and reports all problems
/// at once: Markdown links to anchors that the target page lacks (at the link's line and column), and
/// URLs in the written HTML (from layouts or raw HTML) that lead to no written file or anchor.
/// </summary>
/// <param name="otherTargets">Files links may lead to besides <paramref name="allDocuments"/>, not checked themselves
/// (a rebuild's early check, which checks only the pages that changed: the other pages, and the previous build's
/// search index, Gesamtausgaben and downloads).</param>
internal sealed class ValidateLinks(Func<BuildContext, IEnumerable<Document>> allDocuments, Func<BuildContext, IEnumerable<Document>>? otherTargets = null,
    Func<BuildContext, LinkTargets>? knownTargets = null) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var docs = allDocuments(context).Where(d => d.OutputPath.Length > 0).ToList();
        // The first document for each output path and each Markdown source (without grouping: a rebuild's early check makes
        // these for every page of the site to check one); with known targets (the fast lane's), the checked documents
        // stand for theirs.
        var targets = knownTargets is not null ? knownTargets(context).With(docs)
            : LinkTargets.Of(otherTargets is null ? docs : docs.Concat(otherTargets(context).Where(d => d.OutputPath.Length > 0)));

        // Cancellable: in lotse serve, a newer change stops a rebuild's complete check (StagedBuild).
        Parallel.ForEach(docs.Where(d => !d.Metadata.GetBool(ContentKeys.Failed)), new ParallelOptions { CancellationToken = context.CancellationToken }, doc =>
        {
            var markdownLinks = doc.Metadata.Get<List<MarkdownLink>>(ContentKeys.Links) ?? [];
            foreach (var link in markdownLinks)
            {
                if (string.IsNullOrEmpty(link.Anchor) || link.Anchor == "top" || link.TargetSource is null) continue;
                if (targets.BySource(link.TargetSource) is not { } target || target.Metadata.GetBool(ContentKeys.Failed)) continue;
                var anchors = target.Metadata.Get<IReadOnlySet<string>>(ContentKeys.Anchors);
                if (anchors is null || anchors.Contains(link.Anchor)) continue;
                var targetName = target == doc ? "this page" : $"'{Path.GetFileName(link.TargetSource)}'";
                context.Diagnostics.Error(DiagnosticCodes.AnchorMissing, doc.SourcePath, link.Line, link.Column,
                    $"Link '{link.Url}' points to a missing anchor; {targetName} has {AnchorList(target)}.");
            }
            // The HTML writes a link's URL percent-encoded ('f%C3%BCr' for 'für'): compared unescaped, it is checked once.
            var checkedAtTheirLine = markdownLinks.Select(l => Unescaped(l.Href))
                .Concat((doc.Metadata.Get<IReadOnlySet<string>>(ContentKeys.CheckedAtPages) ?? new HashSet<string>()).Select(Unescaped))
                .ToHashSet(StringComparer.Ordinal);
            var folder = SiteUrls.FolderOf(doc.OutputPath);
            foreach (var reference in doc.Metadata.Get<IReadOnlyList<string>>(ContentKeys.HtmlLinks) ?? [])
                if (!checkedAtTheirLine.Contains(Unescaped(reference))) CheckReference(doc, folder, reference, targets, context);
        });
        return Task.FromResult(inputs);
    }

    private static void CheckReference(Document doc, string folder, string reference, LinkTargets targets, BuildContext context)
    {
        if (LinkResolver.IsExternal(reference) || reference.StartsWith("data:", StringComparison.Ordinal)) return;
        var hash = reference.IndexOf('#');
        var path = hash < 0 ? reference.AsSpan() : reference.AsSpan(0, hash);
        var anchor = hash < 0 ? null : Uri.UnescapeDataString(reference[(hash + 1)..]);
        var query = path.IndexOf('?');
        if (query >= 0) path = path[..query];
        Document? targetDoc;
        if (path.Length == 0) targetDoc = doc;
        else if (path[0] == '/') return; // root-absolute URLs appear only in 404.html with a base URL
        else
        {
            // The target's output path is made in a buffer and looked up without a string (most pages have dozens of links).
            if (path.Contains('%')) path = Uri.UnescapeDataString(path.ToString());
            var most = folder.Length + path.Length + 2 + "index.html".Length;
            Span<char> buffer = most <= 512 ? stackalloc char[most] : new char[most];
            if (!SiteUrls.TryCombine(folder, path, buffer, out var length)) targetDoc = null;
            else
            {
                if (length == 0 || buffer[length - 1] == '/')
                {
                    "index.html".CopyTo(buffer[length..]);
                    length += "index.html".Length;
                }
                targetDoc = targets.ByOutput(buffer[..length]);
            }
        }
        if (targetDoc is null)
        {
            context.Diagnostics.Error(DiagnosticCodes.LinkTargetMissing, doc.SourcePath, 0, 0,
                $"The page refers to '{reference}'{FromLayout(doc)}, which is not part of the site. Fix the link or add the file");
            return;
        }
        if (string.IsNullOrEmpty(anchor) || anchor == "top" || targetDoc.Metadata.GetBool(ContentKeys.Failed)) return;
        var anchors = targetDoc.Metadata.Get<IReadOnlySet<string>>(ContentKeys.Anchors);
        if (anchors is not null && !anchors.Contains(anchor))
            context.Diagnostics.Error(DiagnosticCodes.AnchorMissing, doc.SourcePath, 0, 0,
                $"The page refers to '{reference}'{FromLayout(doc)}, a missing anchor; '{targetDoc.OutputPath}' has {AnchorList(targetDoc)}. Fix the link");
    }

    private static string Unescaped(string url) => url.Contains('%') ? Uri.UnescapeDataString(url) : url;

    private static string FromLayout(Document doc) =>
        doc.Metadata.GetString(ContentKeys.Layout) is { } layout ? $" (from layout '{layout}' or raw HTML)" : "";

    private static string AnchorList(Document target)
    {
        var headings = target.Metadata.Get<IReadOnlyList<Heading>>(ContentKeys.Headings)?.Select(h => h.Id).ToList() ?? [];
        if (headings.Count == 0) return "no heading anchors";
        var shown = headings.Take(12).Select(id => "#" + id);
        return string.Join(", ", shown) + (headings.Count > 12 ? ", …" : "");
    }
}

/// <summary>The documents links may lead to, by output path and by Markdown source (the first of each).</summary>
internal sealed class LinkTargets
{
    private readonly Dictionary<string, Document> _byOutput;
    private readonly Dictionary<string, Document>.AlternateLookup<ReadOnlySpan<char>> _byOutputSpan;
    private readonly Dictionary<string, Document> _bySource;
    private readonly LinkTargets? _under;

    private LinkTargets(Dictionary<string, Document> byOutput, Dictionary<string, Document> bySource, LinkTargets? under)
    {
        _byOutput = byOutput;
        _byOutputSpan = byOutput.GetAlternateLookup<ReadOnlySpan<char>>();
        _bySource = bySource;
        _under = under;
    }

    public static LinkTargets Of(IEnumerable<Document> documents) => Over(documents, null);

    /// <summary>These targets with <paramref name="documents"/> in place of those with their output paths and sources
    /// (<c>lotse serve</c>'s fast lane: the edited pages in the last build's site), without copying the others.</summary>
    public LinkTargets With(IEnumerable<Document> documents) => Over(documents, this);

    private static LinkTargets Over(IEnumerable<Document> documents, LinkTargets? under)
    {
        var list = documents as IReadOnlyCollection<Document> ?? documents.ToList();
        var byOutput = new Dictionary<string, Document>(list.Count, StringComparer.Ordinal);
        var bySource = new Dictionary<string, Document>(list.Count, StringComparer.Ordinal);
        foreach (var d in list)
        {
            if (d.OutputPath.Length == 0) continue;
            byOutput.TryAdd(d.OutputPath, d);
            if (MarkdownFiles.IsPage(d.SourcePath)) bySource.TryAdd(d.ContentPath(), d);
        }
        return new LinkTargets(byOutput, bySource, under);
    }

    public Document? ByOutput(ReadOnlySpan<char> outputPath) =>
        _byOutputSpan.TryGetValue(outputPath, out var found) ? found : _under?.ByOutput(outputPath);

    public Document? BySource(string contentPath) =>
        _bySource.TryGetValue(contentPath, out var found) ? found : _under?.BySource(contentPath);
}
