using System.Globalization;

namespace Lotse.Features.Offline;

/// <summary>File sizes the German way: "850 KB", "2,4 MB" (1 KB = 1024 bytes).</summary>
public static class FileSize
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("de-DE");

    public static string German(long bytes)
    {
        if (bytes < 1024) return bytes.ToString(Culture) + " Byte";
        if (bytes < 1024 * 1024) return Math.Ceiling(bytes / 1024.0).ToString("0", Culture) + " KB";
        return (Math.Round(bytes / (1024.0 * 1024.0), 1, MidpointRounding.AwayFromZero)).ToString("0.0", Culture) + " MB";
    }
}
