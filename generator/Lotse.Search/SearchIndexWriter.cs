using System.Buffers;
using System.Runtime.CompilerServices;
using System.Globalization;
using System.Text;
using Lotse.Search.Lunr;
using Lotse.Search.Pipeline;

namespace Lotse.Search;

/// <summary>
/// Writes the search index of a site as classic scripts under assets/search/ (they load from file://,
/// where fetch, ES modules and workers fail): one shard per area, assets/search/index-{area}.js, each
/// calling <c>LotseSearch.addShard(id, { label, index, store })</c> with a lunr 2.3.9 index (in the compact form of
/// <see cref="CompactIndexSerializer"/>, which <c>lunr.lotse.loadIndex</c> loads as a lunr.Index) and the data
/// results show, keyed by <see cref="SearchRefs">short refs</see> (a result's URL is <c>store[ref].u</c>);
/// and assets/search/manifest.js, which sets <c>window.LotseSearchManifest</c> (shards in
/// load order, FAQ first, and the glossary's synonym groups). Output is byte-identical for the same input.
/// </summary>
public static class SearchIndexWriter
{
    public const string Directory = "assets/search/";
    public const string ManifestPath = Directory + "manifest.js";

    /// <summary>Files from node_modules the site needs; the generator copies them (never commit them).</summary>
    public static IReadOnlyList<SearchVendorFile> VendorFiles { get; } =
    [
        new("lunr/lunr.min.js", "assets/vendor/lunr/lunr.min.js"),
        new("lunr/LICENSE", "assets/vendor/lunr/LICENSE.txt"),
        new("lunr-languages/lunr.stemmer.support.js", "assets/vendor/lunr-languages/lunr.stemmer.support.js"),
        new("lunr-languages/lunr.de.js", "assets/vendor/lunr-languages/lunr.de.js"),
        new("lunr-languages/LICENSE", "assets/vendor/lunr-languages/LICENSE.txt"),
    ];

    /// <summary>
    /// Site paths of the scripts a search page needs. The first four must run before search.js; the manifest may
    /// come before or after it (the search page loads it async). Shards are loaded by the manifest or search.js. The site
    /// writes the four and search.js as one file in search.js's place (Lotse's BundleSearchScripts).
    /// </summary>
    public static IReadOnlyList<string> ScriptOrder { get; } =
    [
        "assets/vendor/lunr/lunr.min.js",
        "assets/vendor/lunr-languages/lunr.stemmer.support.js",
        "assets/vendor/lunr-languages/lunr.de.js",
        "assets/js/lunr-lotse.js",
        ManifestPath,
        "assets/js/search.js",
    ];

    /// <summary>
    /// All files of the index: the shards in load order, then the manifest. With a <paramref name="cache"/>,
    /// a shard whose inputs are unchanged since it was built is taken from there, byte for byte the same.
    /// </summary>
    /// <param name="open">Without a cache: where to stream each shard script as it is written (it opens the file of a site
    /// path); the shard is then returned <see cref="SearchOutputFile.Written">written</see>, without its bytes, which a big
    /// site would otherwise hold until the end of the build.</param>
    public static IReadOnlyList<SearchOutputFile> Write(
        IReadOnlyList<SearchDocument> docs, SearchSynonyms synonyms, ISearchShardCache? cache = null, Func<string, Stream>? open = null) =>
        Write(docs, handedOver: null, synonyms, cache, open);

    /// <summary>The same for documents handed over to the writer: it empties <paramref name="docs"/>, writes each shard's
    /// store first and lets each document go as soon as it is tokenized (at 10k pages 80 MB of text, which stayed while the
    /// index was built and written).</summary>
    public static IReadOnlyList<SearchOutputFile> WriteHandedOver(
        List<SearchDocument> docs, SearchSynonyms synonyms, ISearchShardCache? cache = null, Func<string, Stream>? open = null) =>
        Write(docs, handedOver: docs, synonyms, cache, open);

    private static IReadOnlyList<SearchOutputFile> Write(
        IReadOnlyList<SearchDocument> docs, List<SearchDocument>? handedOver, SearchSynonyms synonyms, ISearchShardCache? cache,
        Func<string, Stream>? open)
    {
        if (cache is not null)
        {
            open = null;
        }
        var groups = LotsePipelines.PrepareSynonyms(synonyms);
        var lexicon = CompoundLexicon.Build(SearchShardBuilder.TextsOf(docs));
        var shared = cache is null ? UInt128.Zero : SearchShardKey.OfShared(groups, lexicon);
        var tokens = new TokenMemo();

        var areas = AreasOf(docs);
        // The roles of all documents, in shard order, so that the search page can offer its role choice as soon as the
        // manifest is there, not only when a shard with roles arrives (which moved the results down: layout shift).
        var roles = areas.SelectMany(a => a.Docs).SelectMany(d => d.Roles).Distinct(StringComparer.Ordinal).ToList();
        var counts = areas.Select(a => a.Docs.Length).ToArray();
        handedOver?.Clear();

        // One scoring space: every shard is scored with the term statistics of the whole site (idf, average field
        // lengths), so that the scores of different shards compare and merge as they are. A shard therefore depends on
        // all documents: the cache key of each includes the key of the whole corpus, and a shard is reused only when no
        // searchable text of the site changed.
        var ownKeys = cache is null ? null : areas.Select(a => SearchShardKey.OfShard(shared, a.Id, a.Label, a.Docs)).ToArray();
        var corpus = ownKeys is null ? UInt128.Zero : SearchShardKey.OfCorpus(ownKeys);
        var keys = ownKeys?.Select(k => SearchShardKey.OfCorpusShard(corpus, k)).ToArray();
        var cached = new SearchShardScript?[areas.Length];
        for (var a = 0; a < areas.Length && cache is not null; a++)
        {
            cached[a] = cache.TryGet(keys![a], out var hit) ? hit : null;
        }
        var builders = new LunrIndexBuilder?[areas.Length];
        var stores = new Utf8Chunks[]?[areas.Length];
        LunrCorpusStatistics? statistics = null;
        if (cached.Any(c => c is null))
        {
            // Tokenized in parallel (each builder has its own pipeline instances), scored once all are.
            Parallel.For(0, areas.Length, a =>
            {
                var numbered = SearchRefs.Numbered(areas[a].Docs);
                areas[a].Docs = [];
                // The store is all the shard needs of its documents besides their terms: written first, it lets a build
                // tokenize them one by one and then let each go (the handed-over ones; nothing else holds them).
                if (cached[a] is null)
                {
                    stores[a] = Store(areas[a].Id, numbered);
                }
                builders[a] = cache is null
                    ? SearchShardBuilder.FillReleasing(numbered, groups, lexicon, tokens)
                    : SearchShardBuilder.Fill(numbered, groups, lexicon, tokens, cache, shared);
            });
            statistics = LunrCorpusStatistics.Merge(builders.Select(b => b!.Statistics()).ToArray());
        }

        var shards = Enumerable.Range(0, areas.Length)
            .AsParallel()
            .AsOrdered()
            .Select(a =>
            {
                var area = areas[a];
                var shard = cached[a];
                if (shard is null)
                {
                    var path = Directory + "index-" + area.Id + ".js";
                    var builder = builders[a]!;
                    IndexBuilder buildIndex = () => builder.BuildCompact(statistics, SearchRefs.Parse);
                    if (open is null)
                    {
                        var script = ShardScript(area.Id, area.Label, stores[a]!, buildIndex);
                        shard = new SearchShardScript(new SearchOutputFile(path, script), checked((int)script.Length));
                    }
                    else
                    {
                        using var stream = open(path);
                        var length = ShardScript(area.Id, area.Label, stores[a]!, buildIndex, stream);
                        shard = new SearchShardScript(new SearchOutputFile(path, ReadOnlySequence<byte>.Empty) { Written = true }, checked((int)length));
                    }
                    builders[a] = null;
                    stores[a] = null;
                    cache?.Set(keys![a], shard);
                }
                return (area.Id, area.Label, Length: counts[a], Shard: shard);
            })
            .ToArray();
        var files = shards.Select(s => s.Shard.File).ToList();
        var manifestShards = shards
            .Select(s => (s.Id, s.Label, s.Shard.File.RelativePath, s.Length, s.Shard.Utf8Bytes))
            .ToList();
        files.Add(new SearchOutputFile(ManifestPath, new ReadOnlySequence<byte>(Utf8.GetBytes(ManifestScript(manifestShards, groups, roles)))));
        return files;
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private delegate CompactPostings IndexBuilder();

    /// <summary>The documents by shard (area), in load order: FAQ first, then by size and id. A method of its own, so that
    /// nothing of the grouping (which holds every document) is left in the writer's frame. Each area's id is made once, not
    /// once per document (10k pages: 65,000 times, 20 MB of strings and builders).</summary>
    private static (string Id, string Label, SearchDocument[] Docs)[] AreasOf(IReadOnlyList<SearchDocument> docs)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        return docs
            .GroupBy(d => ids.TryGetValue(d.Area, out var id) ? id : ids[d.Area] = SearchAreas.IdOf(d.Area), StringComparer.Ordinal)
            .Select(g => (Id: g.Key, Label: g.First().Area.Trim(), Docs: g.ToArray()))
            .OrderBy(a => a.Id == SearchAreas.FaqId ? 0 : 1)
            .ThenBy(a => a.Docs.Length)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The store of a shard and the end of its script (<see cref="WriteStoreEntries"/>), as UTF-8 in parts, one after the
    /// other: a big shard's documents are written in ranges on all cores (10k pages: 0.5 s on one core, while the other
    /// waited), each range starting from what its document before leaves (its title and page).</summary>
    private static Utf8Chunks[] Store(string id, IReadOnlyList<SearchDocument> docs) =>
        Store(id, docs, docs.Count >= ParallelStoreDocuments ? Environment.ProcessorCount : 1);

    /// <summary>The same in <paramref name="parts"/> ranges of documents, each written on a thread of its own.</summary>
    internal static Utf8Chunks[] Store(string id, IReadOnlyList<SearchDocument> docs, int parts)
    {
        var stores = new Utf8Chunks[parts];
        Parallel.For(0, parts, part =>
        {
            var store = stores[part] = new Utf8Chunks();
            var start = (int)((long)docs.Count * part / parts);
            var end = (int)((long)docs.Count * (part + 1) / parts);
            Finish(store, NewBuilder(), output =>
            {
                if (part == 0)
                {
                    output.Append(",\n\"store\":[");
                }
                WriteStoreEntries(output, store, docs, start, end);
                if (part == parts - 1)
                {
                    WriteStoreEnd(output, id);
                }
            });
        });
        return stores;
    }

    /// <summary>From this many documents, a shard's store is written on all cores.</summary>
    private const int ParallelStoreDocuments = 2000;

    /// <summary>The shard script as UTF-8 in two parts, each encoded as it is written, then joined (not copied): the head
    /// with the inverted index, and the <paramref name="store"/> with the end of the script (written before the documents
    /// were tokenized).</summary>
    private static ReadOnlySequence<byte> ShardScript(string id, string label, Utf8Chunks[] store, IndexBuilder buildIndex)
    {
        var postings = buildIndex();
        var head = Head(id, label);
        var index = IndexInParts(head, postings);
        if (index is null)
        {
            var whole = new Utf8Chunks();
            Finish(whole, head, output => CompactIndexSerializer.Write(output, postings, whole));
            index = [whole];
        }
        return Utf8Chunks.Join([.. index, .. store]);
    }

    /// <summary>The same script streamed into <paramref name="target"/>: the head and the inverted index straight into it
    /// once the index is built, then the store. Returns the length in bytes.</summary>
    private static long ShardScript(string id, string label, Utf8Chunks[] store, IndexBuilder buildIndex, Stream target)
    {
        var index = buildIndex();
        long length = 0;
        var head = Head(id, label);
        if (IndexInParts(head, index) is { } parts)
        {
            foreach (var part in parts)
            {
                part.WriteTo(target);
                length += part.Length;
            }
        }
        else
        {
            var file = new Utf8Chunks(target);
            Finish(file, head, output => CompactIndexSerializer.Write(output, index, file));
            length += file.Length;
        }
        foreach (var part in store)
        {
            part.WriteTo(target);
            length += part.Length;
        }
        return length;
    }

    /// <summary>The head and a big index written on all cores, in parts to be joined (null: a small one, written as it is
    /// streamed).</summary>
    private static Utf8Chunks[]? IndexInParts(StringBuilder head, CompactPostings postings) =>
        postings.Documents.Length >= ParallelIndexElements
            ? CompactIndexSerializer.WriteInParts(head, postings, Environment.ProcessorCount)
            : null;

    /// <summary>From this many elements of its postings (10k pages: millions), a shard's index is written on all cores.</summary>
    private const int ParallelIndexElements = 200_000;

    private static StringBuilder Head(string id, string label)
    {
        var head = NewBuilder();
        head.Append("/* Lotse search shard \"").Append(id).Append("\", generated; a lunr ").Append(LunrIndex.Version)
            .Append(" index in Lotse's compact form (lunr.lotse.loadIndex) */\n");
        head.Append("(function (w) {\nvar d = {\"label\":");
        JsonText.WriteString(head, label);
        head.Append(",\n\"index\":");
        return head;
    }

    private static StringBuilder NewBuilder() => new(Utf8Chunks.DrainAt + 4096);

    private static void Finish(Utf8Chunks part, StringBuilder output, Action<StringBuilder> write)
    {
        write(output);
        part.Finish(output);
    }

    /// <summary>Characters of a document's text kept for its snippet (cut after the word that reaches it): the search page
    /// shows about 32 words; the rest would only make every search download the whole site.</summary>
    public const int StoreSnippetLength = 220;

    /// <summary>
    /// The result store (what results show) and the end of the shard script. One array per document, in ref order:
    /// <c>[title, url, snippet, section, faq, roles]</c>, trailing empty values left out, empty ones in between 0. The title is
    /// 0 when it is the one of the document before; the URL is <c>#anchor</c> when its page is the one of the document
    /// before, drops a last <c>index.html</c> after a slash, and starts with <c>!</c> when it is whole though it starts with
    /// <c>#</c> or <c>!</c>. lunr-lotse.js (<c>lunr.lotse.loadStore</c>) turns it back into <c>{ref: {t, s, u, f, r, x}}</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WriteStoreEntries(StringBuilder output, Utf8Chunks sink, IReadOnlyList<SearchDocument> docs, int start, int end)
    {
        var snippet = new char[4096];
        var joined = new char[4096];
        // What the document before leaves: its title, and its page (CompactUrl keeps the URL up to its #anchor).
        var previousTitle = start == 0 ? null : docs[start - 1].Title;
        var previousPage = start == 0 ? "" : PageOf(docs[start - 1].Url);
        for (var i = start; i < end; i++)
        {
            var doc = docs[i];
            output.Append(i == 0 ? "\n[" : ",\n[");
            if (doc.Title == previousTitle)
            {
                output.Append('0');
            }
            else
            {
                JsonText.WriteString(output, doc.Title);
            }
            previousTitle = doc.Title;
            output.Append(',');
            var hash = doc.Url.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0 && doc.Url.AsSpan(0, hash).SequenceEqual(previousPage))
            {
                // A section of the page before: CompactUrl's #anchor, without a string of its own.
                output.Append('"');
                JsonText.WriteStringContent(output, doc.Url.AsSpan(hash));
                output.Append('"');
            }
            else
            {
                JsonText.WriteString(output, CompactUrl(doc.Url, ref previousPage));
            }
            var source = doc.SnippetSourceIn(ref joined);
            if (snippet.Length < SearchSnippetText.MostLength(source.Length))
            {
                snippet = new char[Math.Max(SearchSnippetText.MostLength(source.Length), 2 * snippet.Length)];
            }
            var snippetLength = SearchSnippetText.Write(source, snippet, StoreSnippetLength);
            var last = doc.Roles.Count > 0 ? 5 : doc.IsFaq ? 4 : doc.Section is not null ? 3 : snippetLength > 0 ? 2 : 1;
            if (last >= 2)
            {
                output.Append(",\"");
                JsonText.WriteStringContent(output, snippet.AsSpan(0, snippetLength));
                output.Append('"');
            }
            if (last >= 3)
            {
                output.Append(',');
                if (doc.Section is null)
                {
                    output.Append('0');
                }
                else
                {
                    JsonText.WriteString(output, doc.Section);
                }
            }
            if (last >= 4)
            {
                output.Append(doc.IsFaq ? ",1" : ",0");
            }
            if (last >= 5)
            {
                output.Append(",[");
                for (var r = 0; r < doc.Roles.Count; r++)
                {
                    if (r > 0)
                    {
                        output.Append(',');
                    }
                    JsonText.WriteString(output, doc.Roles[r]);
                }
                output.Append(']');
            }
            output.Append(']');
            sink.DrainIfFull(output);
        }
    }

    private static string PageOf(string url)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? url : url[..hash];
    }

    /// <summary>The end of the store and of the shard script.</summary>
    private static void WriteStoreEnd(StringBuilder output, string id)
    {
        output.Append("]};\n");
        output.Append("if (w.LotseSearch && w.LotseSearch.addShard) { w.LotseSearch.addShard(");
        JsonText.WriteString(output, id);
        output.Append(", d); } else { (w.LotseSearchPending = w.LotseSearchPending || []).push([");
        JsonText.WriteString(output, id);
        output.Append(", d]); }\n})(window);\n");
    }

    /// <summary>A document's URL as the store keeps it (see <see cref="WriteStoreEntries"/>).</summary>
    internal static string CompactUrl(string url, ref string previousPage)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var page = hash < 0 ? url : url[..hash];
        if (hash >= 0 && page == previousPage)
        {
            return url[hash..];
        }
        previousPage = page;
        if (page.EndsWith("/index.html", StringComparison.Ordinal))
        {
            return page[..^"index.html".Length] + (hash < 0 ? "" : url[hash..]);
        }
        return url.StartsWith('#') || url.StartsWith('!') || page.EndsWith('/') ? "!" + url : url;
    }

    private const string ShardLoader =
        "(function (d, m, w) {\n" +
        "  var s = d && d.currentScript\n" +
        "  if (!s || !s.hasAttribute('data-lotse-load-shards')) { return }\n" +
        "  var q = /[?&]q=([^&#]*)/.exec(w.location.search)\n" +
        "  if (!q || !q[1].replace(/\\+|%20/g, '')) { return }\n" +
        // Opened with a query, the A–Z list is not shown: it is not laid out either (search.css), before search.js is there.
        "  var h = d.documentElement\n" +
        "  h.setAttribute('data-lotse-search-query', '')\n" +
        "  w.addEventListener('load', function () { if (!w.LotseSearch) { h.removeAttribute('data-lotse-search-query') } })\n" +
        "  var root = s.src.replace(/assets\\/search\\/manifest\\.js(?:[?#].*)?$/, '')\n" +
        "  m.requested = {}\n" +
        "  m.failed = {}\n" +
        "  m.shards.forEach(function (shard) {\n" +
        "    var e = d.createElement('script')\n" +
        "    e.src = root + shard.file\n" +
        "    e.async = true\n" +
        "    e.onerror = function () { m.failed[shard.id] = true; if (window.LotseSearch && window.LotseSearch.shardFailed) { window.LotseSearch.shardFailed(shard.id) } }\n" +
        "    m.requested[shard.id] = true\n" +
        "    d.head.appendChild(e)\n" +
        "  })\n" +
        "})(typeof document === 'undefined' ? null : document, window.LotseSearchManifest, window);\n" +
        "if (window.LotseSearch && window.LotseSearch.manifestLoaded) { window.LotseSearch.manifestLoaded() }\n";

    private static string ManifestScript(
        IReadOnlyList<(string Id, string Label, string File, int Documents, int Bytes)> shards, IReadOnlyList<SynonymGroup> groups,
        IReadOnlyList<string> roles)
    {
        var output = new StringBuilder(1024);
        output.Append("/* Lotse search manifest, generated */\nwindow.LotseSearchManifest = {\"version\":1,\"shards\":[");
        for (var i = 0; i < shards.Count; i++)
        {
            var shard = shards[i];
            output.Append(i == 0 ? "\n{\"id\":" : ",\n{\"id\":");
            JsonText.WriteString(output, shard.Id);
            output.Append(",\"label\":");
            JsonText.WriteString(output, shard.Label);
            output.Append(",\"file\":");
            JsonText.WriteString(output, shard.File);
            output.Append(",\"documents\":").Append(shard.Documents.ToString(CultureInfo.InvariantCulture));
            output.Append(",\"bytes\":").Append(shard.Bytes.ToString(CultureInfo.InvariantCulture));
            output.Append('}');
        }
        output.Append("],\n\"roles\":[");
        for (var r = 0; r < roles.Count; r++)
        {
            if (r > 0)
            {
                output.Append(',');
            }
            JsonText.WriteString(output, roles[r]);
        }
        output.Append("],\n\"synonyms\":[");
        for (var g = 0; g < groups.Count; g++)
        {
            output.Append(g == 0 ? "\n{\"token\":" : ",\n{\"token\":");
            JsonText.WriteString(output, groups[g].Token);
            output.Append(",\"members\":[");
            for (var m = 0; m < groups[g].Members.Count; m++)
            {
                output.Append(m == 0 ? "[" : ",[");
                var member = groups[g].Members[m];
                for (var k = 0; k < member.Count; k++)
                {
                    if (k > 0)
                    {
                        output.Append(',');
                    }
                    JsonText.WriteString(output, member[k]);
                }
                output.Append(']');
            }
            output.Append("]}");
        }
        output.Append("]};\n");
        // Loaded by a <script data-lotse-load-shards async> early in the search page opened with a query (?q=…), the manifest
        // requests all shards at once, while the page and the search scripts are still being read (without a query, search.js
        // loads them when one is typed); they hand themselves to LotseSearch.addShard, or wait
        // in LotseSearchPending until search.js is there.
        output.Append(ShardLoader);
        return output.ToString();
    }
}
