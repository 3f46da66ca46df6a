using System.Globalization;

namespace Lotse.Features.Print;

/// <summary>A PDF that <c>lotse pdf</c> made: where it is, its size and the day it was made.</summary>
internal sealed record PdfFile(string Path, long Size, DateOnly Date)
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    /// <summary>The size as readers read it: <c>840 KB</c>, <c>1,3 MB</c>.</summary>
    public string SizeText => Size < 1024 * 1024
        ? $"{Math.Max(1, (Size + 512) / 1024)} KB"
        : (Size / (1024.0 * 1024.0)).ToString("0.0", German) + " MB";

    public string IsoDate => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
