using Lotse.Blocks.Config;
using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.Offline;

/// <summary>The offline variant: the single-file FAQ, the whole site as a ZIP, the service worker, and the sizes of the
/// downloads on the pages that offer them (<c>site.offline</c> in layouts; <c>offline: false</c> in lotse.yml turns the
/// downloads off).</summary>
internal sealed class OfflineFeature : IFeature
{
    public IEnumerable<Pipeline> Pipelines(IReadOnlyList<string> before) => [new OfflinePipeline(before)];

    public SiteConfig LayoutSettings(SiteConfig settings, BuildContext context) =>
        OfflineTemplateValues.AddTo(settings, OfflineSettings.Of(context), context.Plan.Pages);

    /// <summary>A page of the FAQ: its answer is gathered into the single-file FAQ and its topic (<see cref="FaqCollection"/>).</summary>
    public bool GathersBody(Document page, BuildContext context) => FaqCollection.Holds(page.ContentPath(), OfflineSettings.Of(context).FaqSource);

    /// <summary>A page that states a download's size is written once the archive exists (<see cref="WriteOfflineArchive"/>).</summary>
    public bool WritesLater(Document page, BuildContext context) => DownloadPlaceholders.AreIn(page, context);

    /// <summary>In <c>lotse serve</c>, such a page is written at once with the sizes the last archive had.</summary>
    public byte[]? ProvisionalBytes(Document page, BuildContext context) =>
        context.Cache?.Slot<OfflineCache>().StatedSizes?.Fill(page.Text);

    /// <summary>The provisional bytes depend on the page and the sizes the last archive stated.</summary>
    public UInt128? ProvisionalKey(BuildContext context) =>
        context.Cache?.Slot<OfflineCache>().StatedSizes is { } sizes ? new Fingerprint().Add(nameof(StatedSizes)).Add(sizes.Archive).Add(sizes.Faq).Value : null;
}
