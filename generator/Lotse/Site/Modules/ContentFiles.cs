
using System.Text;
using Lotse.Blocks.Data;
using Lotse.Blocks.Diagnostics;
using Lotse.Blocks.Paths;
using Lotse.Blocks.Output;

namespace Lotse.Site.Modules;

/// <summary>Lists the files of the content folder that are published: sorted, without names starting with
/// <c>_</c> or <c>.</c> (in a Jekyll site, as its <c>_config.yml</c> says: <see cref="JekyllPublishing"/>), without following symbolic links to folders (no loops) and without named pipes or sockets (reading them would hang).</summary>
public static class ContentFiles
{
    /// <summary>The file macOS's Finder keeps a folder's own icon in ("Icon" and a carriage return); hidden there, never content.</summary>
    private const string MacFolderIcon = "Icon\r";

    /// <param name="listing">In <c>lotse serve</c>: the last listing, taken again when the file watcher reported nothing that changes it.</param>
    public static IReadOnlyList<string> Enumerate(string contentFolder, DiagnosticBag diagnostics, Func<string, string> relative, ContentListing? listing = null)
    {
        if (listing?.Files(contentFolder) is { } known) return known;
        var reported = diagnostics.Count;
        var files = List(contentFolder, diagnostics, relative);
        if (listing is null) return files;
        // A listing that reported something is made again next time (and reports it again).
        if (diagnostics.Count == reported) listing.Remember(contentFolder, files);
        else listing.Forget();
        return files;
    }

    private static List<string> List(string contentFolder, DiagnosticBag diagnostics, Func<string, string> relative)
    {
        var result = new List<string>();
        if (!Directory.Exists(contentFolder)) return result;
        var jekyll = JekyllPublishing.Read(contentFolder, diagnostics, relative);
        var root = contentFolder.TrimEnd('/') + "/";
        var pending = new Stack<string>();
        pending.Push(contentFolder);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            string[] entries;
            try
            {
                entries = Directory.GetFileSystemEntries(folder);
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                diagnostics.Error(DiagnosticCodes.FileUnreadable, relative(folder), 0, 0, "The folder cannot be read. Give the build read access to it");
                continue;
            }
            foreach (var entry in entries)
            {
                var name = Path.GetFileName(entry);
                if (jekyll is not null ? jekyll.Skips(entry[root.Length..].Replace('\\', '/')) : name.StartsWith('_') || name.StartsWith('.')) continue;
                if (name == MacFolderIcon) continue;
                if (FileNames.Problem(name) is { } problem)
                {
                    diagnostics.Error(DiagnosticCodes.FileNameUnsafe, relative(entry), 0, 0, problem);
                    continue;
                }
                if (!name.IsNormalized(NormalizationForm.FormC))
                    diagnostics.Warning(DiagnosticCodes.FileNameNotNfc, relative(entry), 0, 0,
                        "The name is not in Unicode NFC (macOS writes umlauts as two characters); links typed on other systems will not find it. Rename it (type the name again) or save it in NFC");
                var info = new FileInfo(entry);
                if (info.Attributes.HasFlag(FileAttributes.Directory))
                {
                    if (info.LinkTarget is not null)
                    {
                        diagnostics.Warning(DiagnosticCodes.FileUnreadable, relative(entry), 0, 0,
                            "The folder is a symbolic link and is skipped (links could loop). Copy the files instead");
                        continue;
                    }
                    pending.Push(entry);
                }
                // Pipes, sockets and devices (also behind a link: /dev/zero would be copied until the disk is full).
                else if (FileKind.NotRegular(entry) is { } what)
                    diagnostics.Error(DiagnosticCodes.FileUnreadable, relative(entry), 0, 0,
                        $"The file is not a regular file ({what}). Remove it from content/");
                else result.Add(entry);
            }
        }
        result.Sort(StringComparer.Ordinal);
        return WithoutCollisions(result, diagnostics, relative);
    }

    /// <summary>Names that differ only in case or Unicode normalisation are one file on macOS, Windows and in many ZIP
    /// tools: the first (by path) stays, each other one is an error.</summary>
    private static List<string> WithoutCollisions(List<string> files, DiagnosticBag diagnostics, Func<string, string> relative)
    {
        var first = new Dictionary<string, string>(files.Count, StringComparer.Ordinal);
        var kept = new List<string>(files.Count);
        foreach (var file in files)
        {
            var path = relative(file);
            if (first.TryAdd(FileNames.CollisionKey(path), path)) kept.Add(file);
            else
                diagnostics.Error(DiagnosticCodes.DuplicateOutputPath, path, 0, 0,
                    $"This file and '{first[FileNames.CollisionKey(path)]}' differ only in upper/lower case or in how umlauts are encoded; on Windows, macOS and in the ZIP download they are the same file. Rename or remove one of them");
        }
        return kept;
    }
}
