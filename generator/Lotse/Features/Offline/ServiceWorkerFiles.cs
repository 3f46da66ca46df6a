namespace Lotse.Features.Offline;

/// <summary>The service worker's own files: <c>sw.js</c> at the site root (so its scope is the whole site).
/// They are not part of the offline archive, which opens from disk, where no worker runs.</summary>
internal static class ServiceWorkerFiles
{
    public const string WorkerPath = "sw.js";
    public const string VersionToken = "@@lotse-sw-version@@";
    public const string PrecacheToken = "\"@@lotse-sw-precache@@\"";

    /// <summary>What the worker stores at install: the start page, the FAQ, the search and every asset.</summary>
    public static bool IsPrecached(string path, OfflineSettings settings) =>
        path == "index.html"
        || path.StartsWith(settings.FaqSource, StringComparison.Ordinal) && path.EndsWith(".html", StringComparison.Ordinal)
        || path == settings.FaqPath
        || path.StartsWith("suche/", StringComparison.Ordinal)
        || path.StartsWith("assets/", StringComparison.Ordinal);
}
