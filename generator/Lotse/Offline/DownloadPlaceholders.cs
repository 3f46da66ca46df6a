namespace Lotse.Offline;

/// <summary>
/// Tokens that layouts write where a size is only known after every file is written: the size of the
/// offline archive (which contains the very pages that show it) and of the single-file FAQ.
/// <see cref="Modules.WriteOfflineArchive"/> replaces them in every written HTML file.
/// </summary>
public static class DownloadPlaceholders
{
    public const string ArchiveSize = "@@lotse-archive-size@@";
    public const string FaqSize = "@@lotse-faq-size@@";
}
