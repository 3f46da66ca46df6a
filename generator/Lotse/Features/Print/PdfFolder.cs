
using Lotse.Blocks.Config;

namespace Lotse.Features.Print;

/// <summary>
/// Where <c>lotse pdf</c> puts the PDFs of the Gesamtausgaben and where the build looks for them: the folder
/// named by <c>pdfFolder</c> in <c>lotse.yml</c> (relative to the site root; default <c>pdf</c>). The build never
/// makes PDFs (that needs a browser); it copies a PDF that is there into the site and links it.
/// </summary>
internal static class PdfFolder
{
    public const string ConfigKey = "pdfFolder";
    public const string Default = "pdf";

    public static string Of(SiteConfig config, string root) =>
        Path.GetFullPath(Path.Combine(root, config.Values.GetValueOrDefault(ConfigKey) as string is { Length: > 0 } folder ? folder : Default));

    /// <summary>The PDF of an edition, if <c>lotse pdf</c> has made one.</summary>
    public static PdfFile? Find(string folder, PrintEdition edition)
    {
        var path = Path.Combine(folder, edition.PdfFileName);
        if (!File.Exists(path)) return null;
        var info = new FileInfo(path);
        return new PdfFile(path, info.Length, DateOnly.FromDateTime(info.LastWriteTimeUtc));
    }
}
