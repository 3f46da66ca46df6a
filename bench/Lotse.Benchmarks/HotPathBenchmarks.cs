using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Lotse.Core;
using Lotse.Html;
using Lotse.Markdown;
using Lotse.Pipelines;
using Lotse.Search;
using Lotse.SiteSearch;

namespace Lotse.Benchmarks;

/// <summary>The hot parts of a build, on the repository's own site: Markdown to HTML, layout (all pages),
/// the streaming HTML analysis of the link check, and the search index.</summary>
[MemoryDiagnoser]
public class HotPathBenchmarks
{
    private MarkdownRenderer _markdown = null!;
    private string[] _bodies = [];
    private string[] _pages = [];
    private ImmutableArray<Document> _rendered;
    private List<SearchDocument> _searchDocuments = [];

    [GlobalSetup]
    public void Setup()
    {
        var root = RepositoryRoot();
        var result = SiteBuilder.BuildAsync(new BuildOptions(root, Write: false)).GetAwaiter().GetResult();
        _rendered = result.Outputs.FromPipeline(nameof(ContentPipeline));
        _pages = _rendered.Select(d => d.Content).ToArray();
        _bodies = Directory.EnumerateFiles(Path.Combine(root, "content"), "*.md", SearchOption.AllDirectories)
            .Select(File.ReadAllText).ToArray();
        _markdown = new MarkdownRenderer();
        _searchDocuments = _rendered.Where(SearchDocuments.IsSearchable).SelectMany(SearchDocuments.Of).ToList();
    }

    [Benchmark(Description = "Markdown to HTML, all pages")]
    public int MarkdownToHtml()
    {
        var total = 0;
        foreach (var body in _bodies) total += _markdown.ToHtml(_markdown.Parse(body)).Length;
        return total;
    }

    [Benchmark(Description = "HTML analysis (ids, links), all pages")]
    public int AnalyzeHtml()
    {
        var analyzer = new HtmlAnalyzer();
        var total = 0;
        foreach (var page in _pages) total += analyzer.Analyze(page).References.Count;
        return total;
    }

    [Benchmark(Description = "Search index, all pages")]
    public int SearchIndex() => SearchIndexWriter.Write(_searchDocuments, SearchSynonyms.None).Sum(f => (int)f.Utf8.Length);

    [Benchmark(Description = "Whole build without writing (repository site)")]
    public int WholeCheck() =>
        SiteBuilder.BuildAsync(new BuildOptions(RepositoryRoot(), Write: false)).GetAwaiter().GetResult().PageCount;

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "lotse.yml"))) return dir.FullName;
        throw new InvalidOperationException("lotse.yml not found above " + AppContext.BaseDirectory);
    }
}
