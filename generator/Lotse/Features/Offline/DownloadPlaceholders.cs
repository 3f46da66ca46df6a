using Lotse.Kernel;

using Lotse.Site;

namespace Lotse.Features.Offline;

/// <summary>
/// Tokens that layouts write where a size is only known after every file is written: the size of the
/// offline archive (which contains the very pages that show it) and of the single-file FAQ.
/// <see cref="WriteOfflineArchive"/> replaces them in every HTML file and writes those files (once, with the
/// sizes in place: <see cref="OfflineFeature.WritesLater"/>).
/// </summary>
internal static class DownloadPlaceholders
{
    public const string ArchiveSize = "@@lotse-archive-size@@";
    public const string FaqSize = "@@lotse-faq-size@@";

    /// <summary>True for a page the offline archive's module writes (the build has offline downloads and the page states a size).</summary>
    public static bool AreIn(Document document, BuildContext context) =>
        OfflineSettings.Of(context).Enabled && document.OutputPath.EndsWith(".html", StringComparison.Ordinal) &&
        (document.TextContains(ArchiveSize) || document.TextContains(FaqSize));
}
