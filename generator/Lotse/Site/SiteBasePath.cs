using Lotse.Blocks.Config;
using Lotse.Blocks.Diagnostics;

namespace Lotse.Site;

/// <summary>The path under which the site is served (<c>/</c>, or <c>/handbuch/</c> for a GitHub Pages project site):
/// <c>basePath</c> in <c>lotse.yml</c>, else the path of <c>baseUrl</c>, else <c>/</c>. Only the 404 page needs it: a
/// server shows that page in place of a missing address at any depth, where relative URLs would lead astray.</summary>
internal static class SiteBasePath
{
    public const string Key = "basePath";

    /// <summary>The base path, starting and ending with '/'; an invalid <c>basePath</c> is reported and <c>/</c> used.</summary>
    public static string Of(SiteConfig config, DiagnosticBag? diagnostics = null)
    {
        if (config.Values.GetValueOrDefault(Key) is { } value)
        {
            var text = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)?.Trim() ?? "";
            if (text.StartsWith('/') && !text.StartsWith("//", StringComparison.Ordinal) && !text.Contains("..", StringComparison.Ordinal)
                && text.IndexOfAny(['"', '<', '>', '?', '#', ' ', '\\']) < 0)
                return text.EndsWith('/') ? text : text + "/";
            var (line, column) = config.At(Key);
            diagnostics?.Error(DiagnosticCodes.BasePathInvalid, SiteConfig.FileName, line, column,
                $"'basePath: {text}' is not a path on the server. Write it like '/' or '/handbuch/'");
            return "/";
        }
        if (config.BaseUrl is { } baseUrl && Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri))
            return uri.AbsolutePath.EndsWith('/') ? uri.AbsolutePath : uri.AbsolutePath + "/";
        return "/";
    }
}
