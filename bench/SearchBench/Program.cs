using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Lotse.Search;
using Lotse.Search.Lunr;
using Lotse.Search.Pipeline;
using Lotse.Search.Tests;
using Scriban;
using Scriban.Runtime;

// SearchBench bench [contentDir] [runs]   index build time and size: Lotse.Search vs lunr.js in node
// SearchBench site <outDir> [contentDir]  writes a demo search site (shards, vendor files, theme assets,
//                                         suche/index.html, query-bench.html) to try in a browser
var mode = args.Length > 0 ? args[0] : "bench";
if (mode == "profile")
{
    var docsP = ContentCorpus.LoadDocuments(RepositoryPaths.Content);
    var groupsP = LotsePipelines.PrepareSynonyms(ContentCorpus.Glossary());
    var lexiconP = CompoundLexicon.Build(SearchShardBuilder.TextsOf(docsP));
    for (var r = 0; r < 5; r++)
    {
        var w = Stopwatch.StartNew();
        var n = 0;
        foreach (var d in docsP) foreach (var v in SearchFields.ValuesOf(d)) n += LunrTokenizer.Tokenize(v).Count;
        var tTok = w.Elapsed.TotalMilliseconds; w.Restart();
        var pipe = LotsePipelines.CreateIndexing(groupsP, lexiconP);
        foreach (var d in docsP) foreach (var v in SearchFields.ValuesOf(d)) n += pipe.Run(LunrTokenizer.Tokenize(v)).Count;
        var tPipe = w.Elapsed.TotalMilliseconds; w.Restart();
        var idx = SearchShardBuilder.Build(docsP, groupsP, lexiconP);
        var tBuild = w.Elapsed.TotalMilliseconds; w.Restart();
        var json = LunrIndexSerializer.Serialize(idx);
        var tSer = w.Elapsed.TotalMilliseconds;
        Console.WriteLine($"tokens {n} tokenize {tTok:F1} pipeline {tPipe:F1} build {tBuild:F1} serialize {tSer:F1}");
    }
    return 0;
}
if (mode == "words")
{
    // SearchBench words: what each distinct word of the content costs in the pipeline functions (fresh instances)
    var docsD = ContentCorpus.LoadDocuments(RepositoryPaths.Content);
    var words = docsD.SelectMany(d => SearchFields.ValuesOf(d)).SelectMany(v => LunrTokenizer.Tokenize(v))
        .Distinct(StringComparer.Ordinal).ToList();
    var lexiconD = CompoundLexicon.Build(SearchShardBuilder.TextsOf(docsD));
    var groupsD = LotsePipelines.PrepareSynonyms(ContentCorpus.Glossary());
    for (var r = 0; r < 5; r++)
    {
        foreach (var function in LotsePipelines.CreateIndexing(groupsD, lexiconD).Functions)
        {
            var w = Stopwatch.StartNew();
            var output = new List<string>();
            for (var i = 0; i < words.Count; i++)
            {
                function.Apply(words, i, output);
            }
            Console.Write($"{function.Label} {w.Elapsed.TotalMilliseconds:F1} ms  ");
        }
        var wp = Stopwatch.StartNew();
        var pipeline = LotsePipelines.CreateIndexing(groupsD, lexiconD);
        foreach (var word in words)
        {
            pipeline.Run([word]);
        }
        var stemmer = new Lotse.Search.German.GermanStemmer();
        var ws = Stopwatch.StartNew();
        for (var k = 0; k < 20; k++)
        {
            foreach (var word in words)
            {
                stemmer.Stem(word);
            }
        }
        Console.Write($"| bare Stem {ws.Elapsed.TotalMilliseconds * 1000 / 20 / words.Count:F2} µs/word ");
        var tFirst = wp.Elapsed.TotalMilliseconds;
        wp.Restart();
        foreach (var word in words)
        {
            pipeline.Run([word]);
        }
        var tAgain = wp.Elapsed.TotalMilliseconds;
        wp.Restart();
        var all = pipeline.Run(words.ToList());
        Console.WriteLine($"| whole pipeline per word {tFirst:F1} ms, again (memo) {tAgain:F1} ms, all at once {wp.Elapsed.TotalMilliseconds:F1} ms for {words.Count} distinct tokens");
    }
    return 0;
}
if (mode == "write")
{
    // SearchBench write [contentDir] [runs]: SearchIndexWriter.Write alone (what a build runs), median
    // wall time after one warm-up run, allocated bytes per run, and a SHA-256 of all output files (to
    // check that an optimisation keeps the output byte for byte).
    var docsW = ContentCorpus.LoadDocuments(args.Length > 1 ? args[1] : RepositoryPaths.Content);
    var synonymsW = ContentCorpus.Glossary();
    var runsW = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
    var timesW = new List<double>();
    var cpuW = new List<double>();
    var firstW = 0.0;
    var firstCpuW = 0.0;
    long allocatedW = 0;
    IReadOnlyList<SearchOutputFile> filesW = [];
    for (var r = 0; r < runsW + 1; r++)
    {
        var before = GC.GetTotalAllocatedBytes(true);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var w = Stopwatch.StartNew();
        filesW = SearchIndexWriter.Write(docsW, synonymsW);
        w.Stop();
        if (r == 0)
        {
            firstW = w.Elapsed.TotalMilliseconds;
            firstCpuW = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds;
        }
        else
        {
            timesW.Add(w.Elapsed.TotalMilliseconds);
            cpuW.Add((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds);
            allocatedW = GC.GetTotalAllocatedBytes(true) - before;
        }
    }
    using var sha = System.Security.Cryptography.SHA256.Create();
    foreach (var f in filesW)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(f.RelativePath + "\n" + f.Text() + "\n");
        sha.TransformBlock(bytes, 0, bytes.Length, null, 0);
    }
    sha.TransformFinalBlock([], 0, 0);
    Console.WriteLine($"{docsW.Count} documents, {filesW.Count} files, {filesW.Sum(f => (long)f.Text().Length) / 1024} KiB; " +
                      $"first (cold JIT) {firstW:F0} ms (CPU {firstCpuW:F0} ms), then median {Median(timesW):F1} ms (min {(timesW.Count > 0 ? timesW.Min() : double.NaN):F1}, runs {runsW}), CPU median {Median(cpuW):F0} ms, allocated {allocatedW / 1048576.0:F0} MiB/run; " +
                      $"sha256 {Convert.ToHexString(sha.Hash!)[..16]}");
    return 0;
}
if (mode == "rebuild")
{
    // SearchBench rebuild [contentDir] [runs]: what lotse serve's search index costs after one page's text changed (every
    // shard scored again), with and without the terms of unchanged documents kept (ISearchShardCache.TryGetTerms), in turn;
    // medians of CPU time, and whether both give the same files.
    var docsR = ContentCorpus.LoadDocuments(args.Length > 1 ? args[1] : RepositoryPaths.Content).ToArray();
    var synonymsR = ContentCorpus.Glossary();
    var runsR = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
    var withTerms = new RebuildCache(keepTerms: true);
    var shardsOnly = new RebuildCache(keepTerms: false);
    SearchIndexWriter.Write(docsR, synonymsR, withTerms);
    SearchIndexWriter.Write(docsR, synonymsR, shardsOnly);
    var tokenizedFirst = withTerms.Tokenized;
    var cpuWith = new List<double>();
    var cpuWithout = new List<double>();
    var same = true;
    var changed = docsR.Length / 2;
    for (var r = 0; r < runsR; r++)
    {
        // A lowercase word (no new noun for the compound lexicon), different in every run.
        docsR[changed] = docsR[changed] with { Body = docsR[changed].Body + " geändert" + r.ToString(CultureInfo.InvariantCulture) };
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var a = SearchIndexWriter.Write(docsR, synonymsR, withTerms);
        cpuWith.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var b = SearchIndexWriter.Write(docsR, synonymsR, shardsOnly);
        cpuWithout.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
        same &= a.Select(f => f.Text()).SequenceEqual(b.Select(f => f.Text()));
    }
    Console.WriteLine($"{docsR.Length} documents, one changed per rebuild, {runsR} rebuilds each: CPU median {Median(cpuWith):F0} ms with the terms of " +
                      $"unchanged documents kept ({(withTerms.Tokenized - tokenizedFirst) / (double)runsR:F0} tokenized per rebuild), {Median(cpuWithout):F0} ms without; same files: {same}");
    return 0;
}
if (mode == "site")
{
    WriteSite(args[1], args.Length > 2 ? args[2] : RepositoryPaths.Content);
    return 0;
}
var contentDir = args.Length > 1 ? args[1] : RepositoryPaths.Content;
var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 7;
Bench(contentDir, runs);
return 0;

static void Bench(string contentDir, int runs)
{
    var docs = ContentCorpus.LoadDocuments(contentDir);
    var synonyms = ContentCorpus.Glossary();
    var groups = LotsePipelines.PrepareSynonyms(synonyms);
    var lexicon = CompoundLexicon.Build(SearchShardBuilder.TextsOf(docs));
    Console.WriteLine($"corpus: {contentDir}: {docs.Count} documents ({docs.Count(d => d.Section is null)} pages), " +
                      $"{docs.Sum(d => (long)d.Body.Length) / 1024} KiB body text, lexicon {lexicon.Count}, {groups.Count} synonym groups");

    var csTimes = new List<double>();
    var csBytes = 0;
    for (var run = 0; run < runs + 1; run++)
    {
        var watch = Stopwatch.StartNew();
        var json = LunrIndexSerializer.Serialize(SearchShardBuilder.Build(docs, groups, lexicon));
        watch.Stop();
        csBytes = System.Text.Encoding.UTF8.GetByteCount(json);
        if (run > 0)
        {
            csTimes.Add(watch.Elapsed.TotalMilliseconds);
        }
    }
    var writeTimes = new List<double>();
    long writeBytes = 0;
    for (var run = 0; run < Math.Min(runs, 3) + 1; run++)
    {
        var watch = Stopwatch.StartNew();
        var files = SearchIndexWriter.Write(docs, synonyms);
        watch.Stop();
        writeBytes = files.Sum(f => (long)f.Utf8.Length);
        if (run > 0)
        {
            writeTimes.Add(watch.Elapsed.TotalMilliseconds);
        }
    }

    var request = new JsonObject
    {
        ["lunr"] = Vendor("lunr.min.js"),
        ["stemmerSupport"] = Vendor("lunr.stemmer.support.js"),
        ["german"] = Vendor("lunr.de.js"),
        ["lotse"] = RepositoryPaths.LunrLotseScript,
        ["runs"] = runs + 1,
        ["lexicon"] = new JsonArray(lexicon.Select(w => (JsonNode?)JsonValue.Create(w)).ToArray()),
        ["synonyms"] = new JsonArray(groups.Select(g => (JsonNode?)new JsonObject
        {
            ["token"] = g.Token,
            ["members"] = new JsonArray(g.Members.Select(m => (JsonNode?)new JsonArray(m.Select(k => (JsonNode?)JsonValue.Create(k)).ToArray())).ToArray()),
        }).ToArray()),
        ["docs"] = new JsonArray(docs.Select(d =>
        {
            var values = SearchFields.ValuesOf(d);
            var o = new JsonObject { ["id"] = d.Ref };
            for (var f = 0; f < SearchFields.All.Count; f++)
            {
                o[SearchFields.All[f].Name] = values[f];
            }
            return (JsonNode?)o;
        }).ToArray()),
    };
    Console.WriteLine($"Lotse.Search (.NET {Environment.Version}) build+serialize: median {Median(csTimes):F1} ms (runs {runs}), index {csBytes / 1024.0:F1} KiB");
    Console.WriteLine($"SearchIndexWriter.Write (all shards + stores + manifest): median {Median(writeTimes):F1} ms, {writeBytes / 1024.0:F1} KiB");
    var requestFile = Path.GetTempFileName();
    File.WriteAllText(requestFile, request.ToJsonString());
    var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, UseShellExecute = false };
    start.ArgumentList.Add("--max-old-space-size=8192");
    start.ArgumentList.Add(Path.Combine(RepositoryPaths.Root, "bench", "SearchBench", "node", "build-lunr.js"));
    start.ArgumentList.Add(requestFile);
    using var node = Process.Start(start)!;
    var output = JsonNode.Parse(node.StandardOutput.ReadToEnd())!;
    node.WaitForExit();
    File.Delete(requestFile);
    var jsTimes = output["times"]!.AsArray().Skip(1).Select(t => t!.GetValue<double>()).ToList();
    var jsBuildTimes = output["buildTimes"]!.AsArray().Skip(1).Select(t => t!.GetValue<double>()).ToList();
    var jsBytes = output["bytes"]!.GetValue<long>();
    Console.WriteLine($"lunr.js (node {output["node"]}) build only: median {Median(jsBuildTimes):F1} ms");
    if (output["error"] is { } error)
    {
        Console.WriteLine($"lunr.js JSON.stringify failed: {error}");
        return;
    }
    Console.WriteLine($"lunr.js (node {output["node"]}) build+JSON.stringify: median {Median(jsTimes):F1} ms, index {jsBytes / 1024.0:F1} KiB");
    Console.WriteLine($"speed-up {Median(jsTimes) / Median(csTimes):F1}x, size ratio Lotse/lunr.js {(double)csBytes / jsBytes:F3}");
}

static string Vendor(string suffix) =>
    Path.Combine(RepositoryPaths.NodeModules, SearchIndexWriter.VendorFiles.Single(f => f.NpmPath.EndsWith(suffix, StringComparison.Ordinal)).NpmPath);

static double Median(List<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted.Length == 0 ? double.NaN : sorted[sorted.Length / 2];
}

static void WriteSite(string outDir, string contentDir)
{
    var docs = ContentCorpus.LoadDocuments(contentDir);
    foreach (var file in SearchIndexWriter.Write(docs, ContentCorpus.Glossary()))
    {
        Save(Path.Combine(outDir, file.RelativePath), file.Text());
    }
    foreach (var vendor in SearchIndexWriter.VendorFiles)
    {
        Save(Path.Combine(outDir, vendor.SitePath), File.ReadAllText(Path.Combine(RepositoryPaths.NodeModules, vendor.NpmPath)));
    }
    var theme = Path.Combine(RepositoryPaths.Root, "themes", "default");
    foreach (var asset in new[] { "assets/js/lunr-lotse.js", "assets/js/search.js", "assets/css/search.css" })
    {
        Save(Path.Combine(outDir, asset), File.ReadAllText(Path.Combine(theme, asset)));
    }
    var model = new ScriptObject
    {
        ["rel"] = "../",
        ["page"] = new ScriptObject { ["title"] = "Suche", ["content"] = "<p>Durchsuchen Sie Leitfaden, Wegweiser, Werkzeugkasten und FAQ.</p>" },
        ["search_az"] = SearchAzIndex.Build(docs),
    };
    var body = Render(Path.Combine(theme, "layouts", "suche.html"), model);
    var header = Render(Path.Combine(theme, "partials", "search-form.html"), model);
    Save(Path.Combine(outDir, "suche", "index.html"),
        "<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" +
        "<title>Suche – Lotse (Demo)</title>\n<link rel=\"stylesheet\" href=\"../assets/css/search.css\">\n</head>\n<body>\n<header>" + header +
        "</header>\n<main id=\"inhalt\">\n" + body + "\n</main>\n</body>\n</html>\n");
    var benchNode = Path.Combine(RepositoryPaths.Root, "bench", "SearchBench", "node");
    foreach (var name in new[] { "query-bench.html", "query-bench.js" })
    {
        Save(Path.Combine(outDir, name), File.ReadAllText(Path.Combine(benchNode, name)));
    }
    Console.WriteLine($"wrote demo site to {outDir}: {docs.Count} documents; open suche/index.html?q=Konto");
}

static string Render(string path, ScriptObject model)
{
    var template = Template.Parse(File.ReadAllText(path), path);
    if (template.HasErrors)
    {
        throw new InvalidOperationException(string.Join("\n", template.Messages));
    }
    var context = new TemplateContext();
    context.PushGlobal(model);
    return template.Render(context);
}

static void Save(string path, string content)
{
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    File.WriteAllText(path, content);
}

/// <summary>An in-memory cache as lotse serve keeps one; <c>keepTerms: false</c> keeps only whole shards (as before).</summary>
internal sealed class RebuildCache(bool keepTerms) : ISearchShardCache
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<UInt128, SearchShardScript> _shards = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<UInt128, string[][]> _terms = new();
    private int _tokenized;

    public int Tokenized => _tokenized;

    public bool TryGet(UInt128 key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out SearchShardScript shard) => _shards.TryGetValue(key, out shard);

    public void Set(UInt128 key, SearchShardScript shard) => _shards[key] = shard;

    public bool TryGetTerms(UInt128 key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out string[][] terms)
    {
        terms = null;
        return keepTerms && _terms.TryGetValue(key, out terms);
    }

    public void SetTerms(UInt128 key, string[][] terms)
    {
        if (keepTerms)
        {
            Interlocked.Increment(ref _tokenized);
            _terms[key] = terms;
        }
    }
}
