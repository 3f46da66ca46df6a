using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Lotse.Kernel;

namespace Lotse.Site.Modules;

/// <summary>Makes <c>404.html</c> work at any depth: a server shows it in place of a missing address such as
/// <c>/anleitungen/alt/seite/</c>, where the relative URLs every page uses would point to wrong places (no styles, a
/// "Zur Startseite" link back to the missing address). Every relative URL in its <c>href</c>, <c>src</c> and
/// <c>action</c> attributes becomes root-relative, under the site's base path (<see cref="SiteBasePath"/>: <c>basePath</c>
/// in lotse.yml, else the path of <c>baseUrl</c>, else <c>/</c>). No script is needed, so a strict CSP holds. Runs after
/// <see cref="AnalyzeHtml"/>, so the link check still checks the page's links as written.</summary>
public sealed partial class RootNotFoundPage : IModule
{
    public const string OutputPath = "404.html";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var index = inputs.IndexOf(inputs.FirstOrDefault(d => d.OutputPath == OutputPath && !d.Metadata.GetBool(ContentKeys.Failed))!);
        if (index < 0) return Task.FromResult(inputs);
        var page = inputs[index];
        var text = page.Text; // UTF-8 in lotse build (RenderLayouts); the rewritten page is text again
        var html = Rewrite(text, SiteBasePath.Of(context.Config));
        return Task.FromResult(html == text ? inputs : inputs.SetItem(index, page with { Content = html, Body = DocumentBody.Text }));
    }

    /// <summary>Each relative URL of a page at the site root, made root-relative under <paramref name="basePath"/>.</summary>
    public static string Rewrite(string html, string basePath)
    {
        var result = new System.Text.StringBuilder(html.Length);
        var copied = 0; // html before this is in result
        var consumed = 0; // the end of the last attribute taken (matches do not overlap)
        var scanned = 0; // brackets before this are known
        var lastBracket = -1; // the last '<' or '>' before scanned
        for (var match = Attribute().Match(html); match.Success; match = Attribute().Match(html, match.Index + 1))
        {
            if (match.Index < consumed) continue;
            for (; scanned < match.Index; scanned++)
                if (html[scanned] is '<' or '>') lastBracket = scanned;
            // Inside a tag: after a '<' that no '<' or '>' follows, and after a space. (A look-behind said this, in time
            // quadratic in a page's text; this walks the page once.)
            if (lastBracket < 0 || html[lastBracket] != '<' || !char.IsWhiteSpace(html[match.Index - 1])) continue;
            consumed = match.Index + match.Length;
            var url = match.Groups["url"].Value;
            if (!IsRelative(url)) continue;
            var path = url.StartsWith("./", StringComparison.Ordinal) ? url[2..] : url == "." ? "" : url;
            result.Append(html, copied, match.Index - copied).Append(match.Groups["name"].Value).Append("=\"").Append(basePath).Append(path).Append('"');
            copied = consumed;
        }
        return copied == 0 ? html : result.Append(html, copied, html.Length - copied).ToString();
    }

    private static bool IsRelative(string url) =>
        url.Length == 0 ? false
        : url[0] is '/' or '#' or '?' ? false
        : !Scheme().IsMatch(url) && !url.StartsWith("../", StringComparison.Ordinal);

    [GeneratedRegex(@"(?<name>href|src|action)=""(?<url>[^""]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex Attribute();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]*:", RegexOptions.CultureInvariant)]
    private static partial Regex Scheme();
}
