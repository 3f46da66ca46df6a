using Lotse.Blocks.Paths;
using Lotse.Kernel;
using Lotse.Site.Pipelines;

namespace Lotse.Site;

/// <summary>The files links may name, by their path in <c>content/</c>: the content folder's files, and the public
/// folder's (<c>public:</c> in lotse.yml) as <c>public/…</c>, which root-relative links find (<see cref="LinkResolver"/>).</summary>
internal static class LinkTargetFiles
{
    public static Dictionary<string, string> Of(BuildContext context)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in context.Outputs.FromPipeline(nameof(AssetsPipeline)))
        {
            if (file.SourcePath.StartsWith("content/", StringComparison.Ordinal)) files.TryAdd(file.ContentPath(), file.OutputPath);
            else if (file.Metadata.GetString(ContentKeys.PublicPath) is { } path) files.TryAdd(LinkResolver.PublicFolder + "/" + path, file.OutputPath);
        }
        return files;
    }
}
