
using Lotse.Site;
using Lotse.Site.Modules;

namespace Lotse.Features.Offline;

/// <summary>
/// The offline variant's downloads, after every other pipeline: the single-file FAQ, the whole site as
/// a ZIP (with the download sizes filled into the pages) and the service worker with the build's version.
/// </summary>
internal sealed class OfflinePipeline : Pipeline
{
    public OfflinePipeline(IReadOnlyList<string> sitePipelines)
    {
        AfterPages = true;
        Dependencies.AddRange(sitePipelines);
        PostProcess.Add(new GenerateOfflineDownloads());
        Output.AddRange([new WriteFiles(), new WriteOfflineArchive(), new WriteServiceWorker()]);
    }
}
