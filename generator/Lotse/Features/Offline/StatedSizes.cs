namespace Lotse.Features.Offline;

/// <summary>
/// The download sizes the last offline archive stated (<see cref="DownloadPlaceholders"/>), so that a rebuild's first
/// stage in <c>lotse serve</c> (<see cref="StagedBuild"/>) can write a page that states them at once; the second
/// stage's <see cref="WriteOfflineArchive"/> writes the page again only if a size changed.
/// </summary>
internal sealed record StatedSizes(string Archive, string Faq)
{
    /// <summary>A page's bytes with the sizes in place, as <see cref="WriteOfflineArchive"/> fills them.</summary>
    public byte[] Fill(string content)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(content);
        return Utf8Replace.All(Utf8Replace.All(bytes, DownloadPlaceholders.FaqSize, Faq), DownloadPlaceholders.ArchiveSize, Archive);
    }
}
