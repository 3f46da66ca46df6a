using System.Collections.Immutable;
using System.Text;
using Lotse.Kernel;
using Lotse.Search;
using Lotse.Site;

namespace Lotse.Features.SiteSearch;

/// <summary>
/// Writes the search page's scripts as one file (issue 21, cold start): <c>assets/js/search.js</c> holds lunr.js,
/// lunr-languages' stemmer support and German, <c>lunr-lotse.js</c> and the theme's <c>search.js</c>, in that order, so
/// that a cold <c>suche/?q=</c> asks for one script instead of five (over HTTP/1.1 a browser opens six connections to a
/// host, and the page's styles, the manifest and the shards want them too). A classic script, so it works from
/// <c>file://</c>. The separate files stay in the site (the single-file FAQ, the offline copy and tools read them).
/// </summary>
internal sealed class BundleSearchScripts : IModule
{
    /// <summary>The scripts in the bundle, in the order they run; the last is the page's own script, whose place the bundle takes.</summary>
    public static IReadOnlyList<string> Parts { get; } = SearchIndexWriter.ScriptOrder.Where(p => p != SearchIndexWriter.ManifestPath).ToList();

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        if (context.Config.Values.GetValueOrDefault("search") is not true) return Task.FromResult(inputs);
        var byOutput = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < inputs.Length; i++) byOutput.TryAdd(inputs[i].OutputPath, i);
        if (!Parts.All(byOutput.ContainsKey)) return Task.FromResult(inputs); // a missing library is reported where it is read
        var text = new StringBuilder();
        foreach (var part in Parts)
        {
            var source = inputs[byOutput[part]].SourcePath;
            var file = Path.Combine(context.Paths.Root, source);
            if (!File.Exists(file)) file = Path.Combine(AppContext.BaseDirectory, source); // node_modules next to the tool
            text.Append("/* ").Append(part).Append(" */\n").Append(File.ReadAllText(file, Encoding.UTF8).TrimEnd()).Append("\n;\n");
        }
        var own = byOutput[Parts[^1]];
        return Task.FromResult(inputs.SetItem(own, new Document(inputs[own].SourcePath, Parts[^1], text.ToString(), Metadata.Empty)));
    }
}
