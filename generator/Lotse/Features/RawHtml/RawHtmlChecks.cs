
using Lotse.Blocks.Diagnostics;

namespace Lotse.Features.RawHtml;

/// <summary>The raw HTML that runs code or loads from elsewhere, which editors should know about:
/// <c>&lt;script&gt;</c>, event-handler attributes (<c>on…=</c>), script URLs (<c>javascript:</c>,
/// <c>vbscript:</c>, <c>data:text/html</c>) in href, src, action and formaction, and <c>&lt;iframe&gt;</c>s
/// from another host than the site's own.</summary>
internal static class RawHtmlChecks
{
    public static IEnumerable<RawHtmlFinding> Check(RawHtmlToken tag, string? siteHost)
    {
        if (tag.Kind != RawHtmlTokenKind.StartTag) yield break;
        if (tag.Name == "script")
            yield return new(DiagnosticCodes.UnsafeHtml, tag.Start,
                "The Markdown contains a <script> element, which the site's Content-Security-Policy blocks. Remove it; scripts belong in the theme");
        if (tag.Name == "iframe" && tag.Attribute("src") is { } src && ForeignHost(src.Value, siteHost) is { } host)
            yield return new(DiagnosticCodes.RawHtmlForeignIframe, tag.Start,
                $"The Markdown embeds an <iframe> from another host ('{host}'); the page would load content from there, which the site's Content-Security-Policy blocks. Link to it instead");
        foreach (var attribute in tag.Attributes)
        {
            if (attribute.Name.StartsWith("on", StringComparison.Ordinal) && attribute.Name.Length > 2)
                yield return new(DiagnosticCodes.RawHtmlEventHandler, attribute.Start,
                    $"The raw HTML has the event-handler attribute '{attribute.Name}' on <{tag.Name}>, which runs script (and the site's Content-Security-Policy blocks). Remove it; scripts belong in the theme");
            else if (RawHtmlUrls.UrlAttributes.Contains(attribute.Name) && RawHtmlUrls.ScriptScheme(attribute.Value) is { } scheme)
                yield return new(DiagnosticCodes.RawHtmlScriptUrl, attribute.Start,
                    $"The raw HTML has a '{scheme}' URL in {attribute.Name} of <{tag.Name}>, which runs script. Link to a page or file instead");
        }
    }

    /// <summary>The host of <paramref name="url"/> when it is neither within the site nor on its own host.</summary>
    public static string? ForeignHost(string url, string? siteHost) =>
        RawHtmlUrls.Host(url) is { } host && !string.Equals(host, siteHost, StringComparison.OrdinalIgnoreCase) ? host : null;
}
