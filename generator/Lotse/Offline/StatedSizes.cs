namespace Lotse.Offline;

/// <summary>
/// The download sizes the last offline archive stated (<see cref="DownloadPlaceholders"/>), so that a rebuild's first
/// stage in <c>lotse serve</c> (<see cref="Core.StagedBuild"/>) can write a page that states them at once; the second
/// stage's <see cref="Modules.WriteOfflineArchive"/> writes the page again only if a size changed.
/// </summary>
public sealed record StatedSizes(string Archive, string Faq)
{
    /// <summary>A page's bytes with the sizes in place, as <see cref="Modules.WriteOfflineArchive"/> fills them.</summary>
    public byte[] Fill(string content)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(content);
        return Utf8Replace.All(Utf8Replace.All(bytes, DownloadPlaceholders.FaqSize, Faq), DownloadPlaceholders.ArchiveSize, Archive);
    }

    /// <summary>In a build that updates the output in place, writes a page that states the sizes with those the last
    /// archive had (unless it is on disk so already); without them, leaves the page to <see cref="Modules.WriteOfflineArchive"/>.</summary>
    public static void WritePage(Core.Document page, string target, Core.BuildContext context)
    {
        if (!context.InPlace || context.Cache is not { StatedSizes: { } sizes } cache) return;
        var bytes = sizes.Fill(page.Content);
        if (cache.IsNew(page.OutputPath, bytes) || !File.Exists(target)) Output.WholeFile.Write(target, bytes);
    }
}
