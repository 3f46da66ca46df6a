using System.Diagnostics;
using System.Security.Cryptography;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Reliability;

/// <summary>Issue 18: mini-sites on the real file system and the full contents of an output folder (file list with
/// hashes, folders, links as links), to assert what a build left behind.</summary>
public static class OutputTree
{
    /// <summary>A new site in a temporary folder (minimal theme, lotse.yml, the given files); returns its root.</summary>
    public static string NewSite(string files = "-- content/index.md --\n# Start\n-- content/a.md --\n# A\n")
    {
        var root = Directory.CreateTempSubdirectory("lotse-out-").FullName;
        var parsed = SiteFiles.Parse(TestSite.MinimalTheme).Concat(SiteFiles.Parse(files)).ToList();
        if (!parsed.Any(f => f.Path == "lotse.yml")) parsed.Insert(0, ("lotse.yml", "title: Testseite\n"));
        foreach (var (path, content) in parsed) Write(root, path, content);
        return root;
    }

    public static void Write(string root, string path, string content)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
    }

    /// <summary>Every entry below <paramref name="folder"/>, sorted: <c>d a/</c>, <c>f a/index.html 1a2b…</c>,
    /// <c>l link -> target</c>, <c>p pipe</c>; links are never followed; <paramref name="include"/> picks entries (all folders are walked). Empty when the folder does not exist.</summary>
    public static List<string> Of(string folder, Func<string, bool>? include = null)
    {
        var result = new List<string>();
        if (!Directory.Exists(folder)) return result;
        Walk(folder);
        result.Sort(StringComparer.Ordinal);
        return result;

        void Walk(string at)
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(at))
            {
                var relative = Path.GetRelativePath(folder, entry).Replace('\\', '/');
                var shown = include is null || include(relative);
                var info = new FileInfo(entry);
                if (info.LinkTarget is { } target)
                {
                    if (shown) result.Add($"l {relative} -> {target}");
                }
                else if (info.Attributes.HasFlag(FileAttributes.Directory))
                {
                    if (shown) result.Add($"d {relative}/");
                    Walk(entry);
                }
                else if (!shown) continue;
                else if (Lotse.Blocks.Output.FileKind.Of(entry) != Lotse.Blocks.Output.FileKind.Kind.Regular) result.Add($"p {relative}");
                else result.Add($"f {relative} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry)))[..16]}");
            }
        }
    }

    /// <summary>What killed or failed builds left next to the output (staging, old, trash folders).</summary>
    public static string[] Leftovers(string root) => Directory.GetDirectories(root, ".site.lotse-*");

    public static void Run(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, $"{file} {string.Join(' ', args)}: {error}");
    }

    public static void Delete(string root)
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
