using System.Security.Cryptography;
using System.Text;

namespace Lotse.Features.Conformance;

/// <summary>A SHA-256 of the theme folders' files (path and bytes): the browser tests' results count only for the theme
/// they ran with, because the theme decides focus styles, reflow, menus and live regions.</summary>
internal static class ThemeFingerprint
{
    public static string Of(IEnumerable<string> themeFolders)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var folder in themeFolders.Where(Directory.Exists))
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(folder, file).Replace('\\', '/') + "\n"));
                hash.AppendData(File.ReadAllBytes(file));
            }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
