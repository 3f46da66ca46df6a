using System.Collections.Immutable;
using Lotse.Blocks.Markdown;
using Lotse.Blocks.Paths;
using Lotse.Kernel;
using Lotse.Site;
using Lotse.Site.Pipelines;

namespace Lotse.Features.Compatibility;

/// <summary>Prepares <see cref="CompatibilityPageInspector"/> with the site's pages and files (for the URLs in raw
/// HTML) and the container names every part of Lotse renders.</summary>
internal sealed class CompatibilityInspector : IMarkdownInspector
{
    public IMarkdownPageInspector Prepare(ImmutableArray<Document> pages, BuildContext context)
    {
        var pageOutputs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in pages) pageOutputs.TryAdd(page.ContentPath(), page.OutputPath);
        var files = LinkTargetFiles.Of(context);
        var resolver = LinkResolver.For(pageOutputs, files, context.Config);
        var containers = CalloutRenderer.KnownNames.Concat(context.Features.SelectMany(f => f.ContainerNames))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var siteHost = Uri.TryCreate(context.Config.BaseUrl, UriKind.Absolute, out var baseUrl) ? baseUrl.Host : null;
        return new CompatibilityPageInspector(resolver, containers, siteHost, context.Diagnostics);
    }
}
