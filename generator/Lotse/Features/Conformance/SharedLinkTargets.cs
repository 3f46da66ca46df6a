using System.Buffers;
using Lotse.Blocks.Paths;

namespace Lotse.Features.Conformance;

/// <summary>
/// The targets of a page's shared links (header and footer navigation) as the checks across pages compare them: the
/// link resolved against the page's address, a path of the site (<c>…/index.html</c> as its folder), else the link as
/// written. Issue 26: resolving made two <see cref="Uri"/>s and their strings for each link of each page (13 MiB at
/// 10,000 pages); a link as Lotse writes it (<c>../../a/index.html</c> on a page at a plain path) is resolved by its
/// segments instead, to the same path.
/// </summary>
internal static class SharedLinkTargets
{
    /// <summary>What a plain path or link is written with: no character an address escapes, reads as a scheme, query,
    /// fragment or escape, or turns around (a backslash).</summary>
    private static readonly SearchValues<char> PlainCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~/");

    /// <summary>The target of <paramref name="href"/> on the page <paramref name="page"/> (its output path).</summary>
    public static string Of(string page, string href) => OfPlain(page, href) ?? Resolve(page, href);

    /// <summary>The target as resolved against the page's address by <see cref="Uri"/>.</summary>
    internal static string Resolve(string page, string href)
    {
        var baseUri = new Uri("http://site.invalid/" + page);
        if (!Uri.TryCreate(baseUri, href, out var target) || target.Host != baseUri.Host) return href;
        return SiteUrls.CleanPath(target.AbsolutePath);
    }

    /// <summary>The target of a relative link made of <c>../</c> steps up and then plain segments, on a page at a plain
    /// path (no segment starting with '.', no empty segment): its folder's path, up that many folders (not above the
    /// root), then the rest of the link; null for any other link or page (<see cref="Resolve"/> reads it).</summary>
    internal static string? OfPlain(string page, string href)
    {
        var up = 0;
        while (href.AsSpan(up * 3).StartsWith("../", StringComparison.Ordinal)) up++;
        var rest = href.AsSpan(up * 3);
        if (!IsPlain(page) || rest.Length == 0 || !IsPlain(rest)) return null;
        var folder = page.AsSpan(0, page.LastIndexOf('/') + 1);
        for (; up > 0 && folder.Length > 0; up--) folder = folder[..(folder[..^1].LastIndexOf('/') + 1)];
        return SiteUrls.CleanPath(string.Concat("/", folder, rest));
    }

    /// <summary>Relative, of plain characters, every segment non-empty and not starting with '.'.</summary>
    private static bool IsPlain(ReadOnlySpan<char> path) =>
        path.Length > 0 && path[0] is not ('/' or '.') && !path.ContainsAnyExcept(PlainCharacters)
        && !path.Contains("//", StringComparison.Ordinal) && !path.Contains("/.", StringComparison.Ordinal);
}
