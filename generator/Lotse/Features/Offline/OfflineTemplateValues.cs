
using Lotse.Blocks.Config;
using Lotse.Kernel;

namespace Lotse.Features.Offline;

/// <summary>
/// Gives layouts <c>site.offline</c>: <c>archive</c> and <c>faq</c> (paths from the site root; <c>faq</c> is
/// null without FAQ questions), <c>archive_size</c> and <c>faq_size</c> (filled in once the files exist) and
/// <c>faq_title</c> (the title of the FAQ folder's index page, or "FAQ") and <c>stand</c> (the build's date, ISO); <c>site.offline</c> is false with <c>offline: false</c>.
/// </summary>
internal static class OfflineTemplateValues
{
    public static SiteConfig AddTo(SiteConfig config, OfflineSettings settings, IReadOnlyList<Document> pages)
    {
        if (!settings.Enabled) return config;
        var hasFaq = FaqCollection.From(pages, settings.FaqSource).Questions.Any();
        var values = new Dictionary<string, object?>(config.Values, StringComparer.Ordinal)
        {
            ["offline"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["archive"] = settings.ArchivePath,
                ["archive_size"] = DownloadPlaceholders.ArchiveSize,
                ["faq"] = hasFaq ? settings.FaqPath : null,
                ["faq_size"] = DownloadPlaceholders.FaqSize,
                ["faq_title"] = pages.FirstOrDefault(p => p.SourcePath == "content/" + settings.FaqSource + "index.md")?.Title is { Length: > 0 } title ? title : "FAQ",
                ["stand"] = settings.Stand,
            },
        };
        return config with { Values = values };
    }
}
