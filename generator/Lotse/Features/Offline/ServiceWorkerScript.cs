using System.Text;

namespace Lotse.Features.Offline;

/// <summary>Fills the theme's <c>sw.js</c>: the build's version (<see cref="ServiceWorkerVersion"/>, a hash of every file the site consists of,
/// so any change of content or theme makes a new worker and a new cache) and the files to store at install.</summary>
internal static class ServiceWorkerScript
{
    public static string Fill(string template, string version, IEnumerable<string> precache)
    {
        var list = new StringBuilder("[\n");
        foreach (var path in precache.Order(StringComparer.Ordinal))
            list.Append("  \"").Append(path.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append("\",\n");
        list.Append(']');
        return template
            .Replace(ServiceWorkerFiles.VersionToken, version, StringComparison.Ordinal)
            .Replace(ServiceWorkerFiles.PrecacheToken, list.ToString(), StringComparison.Ordinal);
    }
}
