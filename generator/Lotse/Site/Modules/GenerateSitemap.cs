using Lotse.Blocks.Html;
using System.Collections.Immutable;
using System.Net;
using System.Text;
using Lotse.Blocks.Diagnostics;
using Lotse.Blocks.Paths;
using Lotse.Kernel;
using Lotse.Site.Pipelines;

namespace Lotse.Site.Modules;

/// <summary>Writes <c>robots.txt</c>, and <c>sitemap.xml</c> with every visible page when <c>baseUrl</c> is set.</summary>
internal sealed class GenerateSitemap : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var baseUrl = context.Config.BaseUrl;
        var robots = new StringBuilder("User-agent: *\nAllow: /\n");
        var result = inputs;
        if (baseUrl is not null)
        {
            robots.Append("Sitemap: ").Append(baseUrl).Append("sitemap.xml\n");
            var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            var pages = context.Outputs.FromPipeline(nameof(ContentPipeline))
                .Where(p => p.OutputPath != "404.html")
                .OrderBy(p => p.OutputPath, StringComparer.Ordinal);
            foreach (var page in pages)
                xml.Append("  <url><loc>").Append(HtmlUrl.Attribute(baseUrl + SiteUrls.CleanPath(page.OutputPath))).Append("</loc></url>\n");
            xml.Append("</urlset>\n");
            result = result.Add(new Document("lotse.yml", "sitemap.xml", xml.ToString(), Metadata.Empty));
        }
        // An editor's own content/robots.txt wins (it is copied as it is); what it lacks of the generated one is said.
        if (context.Outputs.FromPipeline(nameof(AssetsPipeline)).FirstOrDefault(d => d.OutputPath == "robots.txt") is { } own)
        {
            if (baseUrl is not null && own.Body is FileCopyBody { SourceFile: var file } && File.Exists(file)
                && !File.ReadLines(file).Any(l => l.TrimStart().StartsWith("Sitemap:", StringComparison.OrdinalIgnoreCase)))
                context.Diagnostics.Warning(DiagnosticCodes.DuplicateOutputPath, own.SourcePath, 0, 0,
                    $"This robots.txt is used instead of the one Lotse makes, and it does not name the sitemap. Add the line 'Sitemap: {baseUrl}sitemap.xml'");
            return Task.FromResult(result);
        }
        return Task.FromResult(result.Add(new Document("lotse.yml", "robots.txt", robots.ToString(), Metadata.Empty)));
    }
}
