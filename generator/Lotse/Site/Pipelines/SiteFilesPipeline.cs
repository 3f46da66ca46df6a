
using Lotse.Site.Modules;

namespace Lotse.Site.Pipelines;

/// <summary>Files about the site: redirects for aliases, <c>sitemap.xml</c>, <c>robots.txt</c>.</summary>
internal sealed class SiteFilesPipeline : Pipeline
{
    public SiteFilesPipeline()
    {
        Dependencies.Add(nameof(ContentPipeline));
        PostProcess.AddRange([new GenerateRedirects(), new GenerateSitemap()]);
        Output.Add(new WriteFiles());
    }
}
