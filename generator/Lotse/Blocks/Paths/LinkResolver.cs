
using Lotse.Blocks.Config;

namespace Lotse.Blocks.Paths;

/// <summary>Resolves links as editors write them (<c>../leitfaden/a.md#x</c>, relative to the current file)
/// to the target page or file and the relative URL to write.</summary>
public sealed class LinkResolver(
    IReadOnlyDictionary<string, string> pageOutputBySource,
    IReadOnlyDictionary<string, string> fileOutputBySource,
    LinkStyle style)
{
    public LinkTarget Resolve(string fromContentPath, string fromOutput, string url)
    {
        if (IsExternal(url)) return new LinkTarget(LinkKind.External, null, null, url);
        var hash = url.IndexOf('#');
        var path = hash < 0 ? url : url[..hash];
        var anchor = hash < 0 ? null : Uri.UnescapeDataString(url[(hash + 1)..]);
        var query = path.IndexOf('?');
        if (query >= 0) path = path[..query];
        path = Uri.UnescapeDataString(path);
        if (path.Length == 0) return new LinkTarget(LinkKind.SamePage, fromContentPath, anchor, url);

        var combined = SiteUrls.Combine(SiteUrls.FolderOf(fromContentPath), path);
        if (combined is null) return new LinkTarget(LinkKind.EscapesContent, null, anchor, url);
        if (combined.Length == 0 || combined.EndsWith('/')) combined += "index.md";

        var suffix = anchor is null ? "" : "#" + Uri.EscapeDataString(anchor);
        if (pageOutputBySource.TryGetValue(combined, out var pageOutput))
            return new LinkTarget(LinkKind.Page, combined, anchor, Link(fromOutput, pageOutput) + suffix);
        if (!combined.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && pageOutputBySource.TryGetValue(combined + "/index.md", out var folderOutput))
            return new LinkTarget(LinkKind.Page, combined + "/index.md", anchor, Link(fromOutput, folderOutput) + suffix);
        if (fileOutputBySource.TryGetValue(combined, out var fileOutput))
            return new LinkTarget(LinkKind.File, combined, anchor, SiteUrls.Relative(fromOutput, fileOutput, LinkStyle.Files) + suffix);
        return new LinkTarget(LinkKind.Missing, combined, anchor, url);
    }

    private string Link(string fromOutput, string toOutput) =>
        fromOutput == toOutput ? "" : SiteUrls.Relative(fromOutput, toOutput, style);

    public static bool IsExternal(string url)
    {
        if (url.StartsWith("//", StringComparison.Ordinal)) return true;
        var colon = url.IndexOf(':');
        if (colon <= 0) return false;
        var slash = url.IndexOfAny(['/', '#', '?']);
        return slash < 0 || colon < slash;
    }
}
