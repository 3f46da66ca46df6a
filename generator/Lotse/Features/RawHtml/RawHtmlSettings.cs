
using Lotse.Blocks.Config;
using Lotse.Blocks.Diagnostics;

namespace Lotse.Features.RawHtml;

/// <summary>The <c>html</c> settings of lotse.yml: <c>html: { sanitize: true }</c> cleans raw HTML in Markdown
/// (default false: editors are trusted, and risky HTML is only reported).</summary>
internal sealed record RawHtmlSettings(bool Sanitize, string? SiteHost)
{
    public static RawHtmlSettings From(SiteConfig config, DiagnosticBag diagnostics)
    {
        var sanitize = false;
        switch (config.Values.GetValueOrDefault("html"))
        {
            case null:
                break;
            case Dictionary<string, object?> html:
                switch (html.GetValueOrDefault("sanitize"))
                {
                    case null: break;
                    case bool b: sanitize = b; break;
                    case var other:
                        var (line, column) = config.At("html", "sanitize");
                        diagnostics.Error(DiagnosticCodes.ConfigInvalid, SiteConfig.FileName, line, column,
                            $"'html: sanitize: {other}' is not true or false. Write 'html: {{ sanitize: true }}' or leave it out");
                        break;
                }
                break;
            default:
                var (at, column2) = config.At("html");
                diagnostics.Error(DiagnosticCodes.ConfigInvalid, SiteConfig.FileName, at, column2,
                    "'html' must be a mapping, such as 'html: { sanitize: true }'");
                break;
        }
        var host = Uri.TryCreate(config.BaseUrl, UriKind.Absolute, out var baseUrl) ? baseUrl.Host : null;
        return new RawHtmlSettings(sanitize, host);
    }
}
