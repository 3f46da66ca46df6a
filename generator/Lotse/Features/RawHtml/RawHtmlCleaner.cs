using Lotse.Blocks.Html;
using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;
using Lotse.Blocks.Diagnostics;

namespace Lotse.Features.RawHtml;

/// <summary>
/// Cleans raw HTML from Markdown with HtmlSanitizer (for <c>html: { sanitize: true }</c>): scripts, event
/// handlers, script URLs, iframes from other hosts and whatever else HtmlSanitizer does not allow go;
/// classes, ids, roles, aria attributes and links within the site stay. Raw HTML in Markdown comes in
/// pieces (an opening tag in one block, the closing one in another), so each tag is cleaned on its own as an
/// element of its own, text between tags is escaped, and the content of a removed script or style goes
/// with it. Each removal is reported. One instance per page (not thread-safe).
/// </summary>
internal sealed class RawHtmlCleaner
{
    private readonly HtmlSanitizer _sanitizer = new();
    private readonly IHtmlDocument _document = new HtmlParser().ParseDocument("");
    private readonly string? _siteHost;
    private RawHtmlToken? _tag;
    private List<RawHtmlFinding> _removed = [];

    public RawHtmlCleaner(string? siteHost)
    {
        _siteHost = siteHost;
        foreach (var attribute in new[] { "class", "id", "role", "allowfullscreen", "loading", "referrerpolicy", "controls", "poster",
                     "srcset", "sizes", "kind", "srclang", "default", "muted", "loop", "playsinline", "preload", "decoding" })
            _sanitizer.AllowedAttributes.Add(attribute);
        _sanitizer.AllowedAttributes.Remove("style"); // inline styles: the site's Content-Security-Policy blocks them
        foreach (var tag in new[] { "iframe", "picture", "source", "video", "audio", "track" }) _sanitizer.AllowedTags.Add(tag);
        _sanitizer.AllowedSchemes.Add("mailto");
        _sanitizer.AllowedSchemes.Add("tel");
        _sanitizer.RemovingTag += (_, e) => Removed(_tag!.Start, $"the <{e.Tag.LocalName}> element");
        _sanitizer.RemovingAttribute += (_, e) =>
        {
            if (e.Attribute.Name.StartsWith("aria-", StringComparison.Ordinal)) { e.Cancel = true; return; }
            var why = e.Reason == RemoveReason.NotAllowedUrlValue
                ? RawHtmlUrls.ScriptScheme(e.Attribute.Value) is { } scheme ? $"a '{scheme}' URL" : $"the URL '{e.Attribute.Value}'"
                : "not allowed";
            Removed(_tag!.Attribute(e.Attribute.Name)?.Start ?? _tag.Start, $"the attribute '{e.Attribute.Name}' of <{e.Tag.LocalName}> ({why})");
        };
    }

    /// <summary>The cleaned HTML; the removals are added to <paramref name="removed"/> (offsets into <paramref name="html"/>).</summary>
    public string Clean(string html, List<RawHtmlFinding> removed)
    {
        _removed = removed;
        var result = new StringBuilder(html.Length);
        var lastTagKept = false;
        foreach (var token in RawHtmlScanner.Scan(html))
        {
            var text = html.Substring(token.Start, token.Length);
            switch (token.Kind)
            {
                case RawHtmlTokenKind.Text:
                    result.Append(text.Replace("<", "&lt;", StringComparison.Ordinal));
                    break;
                case RawHtmlTokenKind.RawText:
                    if (lastTagKept) result.Append(text.Replace("<", "&lt;", StringComparison.Ordinal));
                    break;
                case RawHtmlTokenKind.EndTag:
                    if (_sanitizer.AllowedTags.Contains(token.Name)) result.Append("</").Append(token.Name).Append('>');
                    break;
                case RawHtmlTokenKind.StartTag:
                    var tag = CleanTag(token);
                    lastTagKept = tag is not null;
                    result.Append(tag);
                    break;
            }
        }
        return result.ToString();
    }

    private string? CleanTag(RawHtmlToken token)
    {
        _tag = token;
        if (token.Name == "iframe" && token.Attribute("src") is { } src && RawHtmlChecks.ForeignHost(src.Value, _siteHost) is { } host)
        {
            Removed(token.Start, $"the <iframe> from another host ('{host}')");
            return null;
        }
        var body = _document.Body!;
        body.InnerHtml = "";
        IElement element;
        try { element = _document.CreateElement(token.Name); }
        catch (DomException)
        {
            Removed(token.Start, $"the tag <{token.Name}> (not a valid element name)");
            return null;
        }
        foreach (var attribute in token.Attributes)
        {
            try { element.SetAttribute(attribute.Name, attribute.Value); }
            catch (DomException) { Removed(attribute.Start, $"the attribute '{attribute.Name}' of <{token.Name}> (not a valid attribute name)"); }
        }
        body.AppendChild(element);
        _sanitizer.SanitizeDom(_document, body);
        if (body.FirstElementChild is not { } kept) return null;
        var tag = new StringBuilder("<").Append(kept.LocalName);
        foreach (var attribute in kept.Attributes)
            HtmlEscape.Append(tag.Append(' ').Append(attribute.Name).Append("=\""), attribute.Value).Append('"');
        return tag.Append('>').ToString();
    }

    private void Removed(int offset, string what) => _removed.Add(new RawHtmlFinding(DiagnosticCodes.RawHtmlSanitized, offset,
        $"html.sanitize removed {what} from the raw HTML. Remove it from the Markdown, or turn html.sanitize off if the site trusts its editors"));
}
