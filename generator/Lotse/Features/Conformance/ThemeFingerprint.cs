using System.Security.Cryptography;
using System.Text;
using Lotse.Blocks.Output;

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
                // A device, pipe or socket is never read (the build refuses it as an asset, LOT0121): its kind counts.
                hash.AppendData(FileKind.NotRegular(file) is { } kind ? Encoding.UTF8.GetBytes(kind) : File.ReadAllBytes(file));
            }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
