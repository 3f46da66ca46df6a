using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Lotse.Blocks.Output;

/// <summary>
/// The output folder, written atomically: a build writes into a staging folder next to it, and only a successful
/// build swaps it in, in one step on Linux (<c>renameat2</c> with <c>RENAME_EXCHANGE</c>), elsewhere by two renames
/// that a later build repairs when the first one was killed between them. Lotse only ever replaces a folder that
/// carries its marker file, which lists the files it wrote. Everything else in the folder (files, empty folders,
/// symbolic links, a <c>.git</c> repository) is foreign: it is moved over into the new output as it is (never
/// copied, never followed), and a new file whose path holds a foreign one is an error, not an overwrite.
/// </summary>
public sealed class OutputFolder(string path)
{
    public const string MarkerName = ".lotse-site";
    private const string StagingMarkerName = ".lotse-staging";

    /// <summary>The folder's full path; when the given path is a symbolic link to a folder, the folder it leads to (the
    /// swap replaces that folder, and the link keeps leading to the new output).</summary>
    public string Path { get; } = Resolved(System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(path)));

    private static string Resolved(string path)
    {
        try
        {
            return new DirectoryInfo(path).LinkTarget is not null && Directory.ResolveLinkTarget(path, returnFinalTarget: true) is { Exists: true } target
                ? System.IO.Path.TrimEndingDirectorySeparator(target.FullName)
                : path;
        }
        catch (IOException)
        {
            return path;
        }
    }

    private string Parent => System.IO.Path.GetDirectoryName(Path)!;
    private string Name => System.IO.Path.GetFileName(Path);

    /// <summary>Null when Lotse may write here; otherwise why not. Besides foreign folders, Lotse refuses the
    /// root of the file system, a folder that holds the site's own files (<paramref name="siteRoot"/>), and a
    /// folder inside content/ (the next build would read the output as content).</summary>
    public string? RefusalReason(string? siteRoot = null)
    {
        if (System.IO.Path.GetDirectoryName(Path) is null)
            return $"'{Path}' is the root of the file system, so Lotse will not write there. Choose an output folder such as site/";
        if (siteRoot is not null)
        {
            var root = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(siteRoot));
            if (root == Path || root.StartsWith(Path + "/", StringComparison.Ordinal))
                return $"'{Path}' holds the site's own files ({root}), so Lotse will not replace it. Choose an output folder such as site/";
            var content = System.IO.Path.Combine(root, "content");
            if (Path == content || Path.StartsWith(content + "/", StringComparison.Ordinal))
                return $"'{Path}' is inside the content folder, so the next build would read the output as content. Choose an output folder outside content/";
        }
        if (File.Exists(Path)) return $"'{Path}' is a file, not a folder. Choose another output folder";
        if (!Directory.Exists(Path)) return null;
        if (File.Exists(System.IO.Path.Combine(Path, MarkerName))) return null;
        if (!Directory.EnumerateFileSystemEntries(Path).Any()) return null;
        return $"'{Path}' is not empty and was not written by Lotse (it has no {MarkerName} file), so Lotse will not replace it. Choose an empty or new output folder";
    }

    /// <summary>Null when the output's path can be made; otherwise a code and why not: a part of it is a file, or a
    /// symbolic link that leads nowhere (broken, or a loop).</summary>
    public (string Code, string Message)? PathProblem()
    {
        for (var at = Parent; !string.IsNullOrEmpty(at); at = System.IO.Path.GetDirectoryName(at))
        {
            if (Directory.Exists(at)) return null;
            var info = new FileInfo(at);
            if (info.LinkTarget is not null && FileKind.Of(at) == FileKind.Kind.Missing)
                return (Diagnostics.DiagnosticCodes.SymlinkLoop, $"'{at}' is a symbolic link that leads nowhere (to '{info.LinkTarget}': broken, or a loop), so the output folder '{Path}' cannot be made. Fix the link or choose another output folder");
            if (info.Exists)
                return (Diagnostics.DiagnosticCodes.NotADirectory, $"'{at}' is a file, so the output folder '{Path}' cannot be made below it. Choose another output folder");
        }
        return null;
    }

    /// <summary>True when the folder exists and carries Lotse's marker.</summary>
    public bool IsLotseOutput => File.Exists(System.IO.Path.Combine(Path, MarkerName));

    /// <summary>The files the previous build wrote (the marker's list); empty when there is none.</summary>
    public HashSet<string> PreviousFiles() => ManifestOf(Path);

    /// <summary>After a rebuild that wrote its changed files straight into the output: removes the files the
    /// previous build wrote and this one did not (never others' files, never a link), and updates the marker's list.</summary>
    public void CommitInPlace(IEnumerable<string> written)
    {
        var manifest = written.Order(StringComparer.Ordinal).ToList();
        var markerFile = System.IO.Path.Combine(Path, MarkerName);
        var current = manifest.ToHashSet(StringComparer.Ordinal);
        var previous = File.ReadAllLines(markerFile);
        if (previous.SequenceEqual(manifest, StringComparer.Ordinal)) return;
        foreach (var stale in previous.Where(f => f.Length > 0 && !current.Contains(f)))
        {
            var file = System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, stale));
            if (file.StartsWith(Path + "/", StringComparison.Ordinal) && IsRegularFile(file)) File.Delete(file);
        }
        WholeFile.Write(markerFile, System.Text.Encoding.UTF8.GetBytes(string.Concat(manifest.Select(m => m + "\n"))));
    }

    /// <summary>Repairs what a killed build left: when the output is missing and the previous output waits in a
    /// <c>.site.lotse-old-*</c> folder (killed between the two renames of a swap), it is put back. Returns what was
    /// repaired, for a warning, or null.</summary>
    public string? Repair()
    {
        if (!Directory.Exists(Parent) || Exists(Path)) return null;
        var old = Directory.EnumerateDirectories(Parent, $".{Name}.lotse-old-*")
            .Where(d => File.Exists(System.IO.Path.Combine(d, MarkerName)))
            .OrderByDescending(Directory.GetLastWriteTimeUtc)
            .FirstOrDefault();
        if (old is null) return null;
        Directory.Move(old, Path);
        return $"A build was stopped while it swapped in its site, and '{Path}' was missing; the previous site was put back from '{System.IO.Path.GetFileName(old)}'";
    }

    /// <summary>Creates a fresh staging folder, after cleaning up what killed builds left behind: their staging
    /// folders are removed; from an old output that was swapped out, foreign things not yet moved over are moved first.</summary>
    public string CreateStaging()
    {
        Directory.CreateDirectory(Parent);
        foreach (var stale in Directory.EnumerateDirectories(Parent, $".{Name}.lotse-*"))
        {
            var isStaging = File.Exists(System.IO.Path.Combine(stale, StagingMarkerName));
            var isOutput = File.Exists(System.IO.Path.Combine(stale, MarkerName));
            if (!isStaging && !isOutput)
            {
                if (!Directory.EnumerateFileSystemEntries(stale).Any()) Directory.Delete(stale);
                continue;
            }
            if (!isStaging && Directory.Exists(Path) && IsLotseOutput)
            {
                var leftOver = new List<Collision>();
                MoveForeign(stale, Path, ManifestOf(stale), ManifestOf(stale), [], leftOver, dryRun: true, _ => null);
                if (leftOver.Count > 0) continue; // foreign things that now collide: kept where they are
                MoveForeign(stale, Path, ManifestOf(stale), ManifestOf(stale), [], [], dryRun: false, _ => null);
            }
            DeleteLotseFolder(stale);
        }
        var staging = System.IO.Path.Combine(Parent, $".{Name}.lotse-staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        File.WriteAllText(System.IO.Path.Combine(staging, StagingMarkerName), "");
        return staging;
    }

    public static void Discard(string staging)
    {
        if (Directory.Exists(staging) && File.Exists(System.IO.Path.Combine(staging, StagingMarkerName)))
            Directory.Delete(staging, recursive: true);
    }

    /// <summary>A foreign thing in the output (<see cref="Foreign"/>, relative, a folder ending in '/') at the path of a
    /// file this build writes (<see cref="Written"/>).</summary>
    public sealed record Collision(string Foreign, string Written);

    /// <summary>What a swap did: the foreign things kept (relative; folders end in '/', links say so), or the
    /// collisions that stopped it (then nothing was swapped).</summary>
    public sealed record Kept(string Path, string? LinkTarget);

    public sealed record CommitResult(IReadOnlyList<Kept> Kept, IReadOnlyList<Collision> Collisions);

    /// <summary>Swaps the staging folder in and moves the foreign things of the old output over, unless one of them
    /// holds the path of a file this build wrote: then nothing is swapped and the collisions are returned.</summary>
    public CommitResult Commit(string staging, IEnumerable<string> written)
    {
        var manifest = written.Order(StringComparer.Ordinal).ToList();
        var exists = Directory.Exists(Path);
        var previous = exists ? ManifestOf(Path) : [];
        var kept = new List<Kept>();
        var collisions = new List<Collision>();
        var writtenSet = manifest.ToHashSet(StringComparer.Ordinal);
        if (exists)
        {
            MoveForeign(Path, staging, previous, writtenSet, kept, collisions, dryRun: true, _ => null);
            if (collisions.Count > 0) return new CommitResult([], collisions);
        }
        File.WriteAllLines(System.IO.Path.Combine(staging, MarkerName), manifest); // only Lotse's files: foreign ones stay foreign
        File.Delete(System.IO.Path.Combine(staging, StagingMarkerName));
        Step("staged");

        if (!exists)
        {
            Directory.Move(staging, Path);
            return new CommitResult([], []);
        }
        string old;
        if (Environment.GetEnvironmentVariable("LOTSE_TEST_SWAP") != "renames" && Exchange(staging, Path))
        {
            old = staging; // now holds the previous output
            Step("exchanged");
        }
        else
        {
            old = System.IO.Path.Combine(Parent, $".{Name}.lotse-old-{Environment.ProcessId}-{Guid.NewGuid():N}");
            Directory.Move(Path, old);
            Step("renamed-old");
            try
            {
                Directory.Move(staging, Path);
            }
            catch
            {
                Directory.Move(old, Path);
                throw;
            }
            Step("renamed-new");
        }
        var late = new List<Collision>();
        MoveForeign(old, Path, previous, writtenSet, [], late, dryRun: false, _ => null);
        Step("carried-over");
        // Something put into the output while this build swapped: the old folder stays, the next build moves it over.
        if (late.Count > 0) return new CommitResult(kept, []);
        var trash = System.IO.Path.Combine(Parent, $".{Name}.lotse-trash-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.Move(old, trash);
        DeleteLotseFolder(trash);
        return new CommitResult(kept, []);
    }

    /// <summary>Walks the foreign things of <paramref name="from"/> (everything but the files of <paramref name="lotseFiles"/>
    /// and the folders holding them): a foreign thing is moved to the same place in <paramref name="to"/> as it is (a folder
    /// with all it holds, a link as a link); where a folder of the same name exists there, what the foreign folder holds is
    /// moved into it. Anything else already at that place is a collision. <paramref name="dryRun"/> only reports.</summary>
    private static void MoveForeign(string from, string to, HashSet<string> lotseFiles, HashSet<string> written,
        List<Kept> kept, List<Collision> collisions, bool dryRun, Func<string, string?> _)
    {
        var lotseFolders = FoldersOf(lotseFiles);
        Walk("");

        void Walk(string relativeFolder)
        {
            var folder = relativeFolder.Length == 0 ? from : System.IO.Path.Combine(from, relativeFolder);
            foreach (var entry in Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal).ToList())
            {
                var name = System.IO.Path.GetFileName(entry);
                var relative = relativeFolder.Length == 0 ? name : relativeFolder + "/" + name;
                if (relativeFolder.Length == 0 && name is MarkerName or StagingMarkerName) continue;
                var info = new FileInfo(entry);
                var isLink = info.LinkTarget is not null;
                var isFolder = !isLink && info.Attributes.HasFlag(FileAttributes.Directory);
                if (!isLink && !isFolder && (lotseFiles.Contains(relative) || name.EndsWith(".lotse-part", StringComparison.Ordinal))) continue;
                if (isFolder && lotseFolders.Contains(relative))
                {
                    Walk(relative); // Lotse's folder: what it holds besides Lotse's files is foreign
                    continue;
                }
                var target = System.IO.Path.Combine(to, relative);
                if (Exists(target))
                {
                    var targetIsFolder = new FileInfo(target) is { LinkTarget: null } t && t.Attributes.HasFlag(FileAttributes.Directory);
                    if (isFolder && targetIsFolder)
                    {
                        Walk(relative);
                        continue;
                    }
                    collisions.Add(new Collision(relative + (isFolder ? "/" : ""),
                        written.Contains(relative) ? relative : written.FirstOrDefault(w => w.StartsWith(relative + "/", StringComparison.Ordinal)) ?? relative));
                    continue;
                }
                kept.Add(new Kept(relative + (isFolder ? "/" : ""), info.LinkTarget));
                if (dryRun) continue;
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
                Rename(entry, target);
            }
        }
    }

    private static HashSet<string> FoldersOf(IEnumerable<string> files)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
            for (var at = file.LastIndexOf('/'); at > 0; at = file.LastIndexOf('/', at - 1))
                if (!folders.Add(file[..at])) break;
        return folders;
    }

    private static HashSet<string> ManifestOf(string folder)
    {
        var marker = System.IO.Path.Combine(folder, MarkerName);
        return File.Exists(marker)
            ? File.ReadAllLines(marker).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);
    }

    /// <summary>True when something (a file, folder, or a link, even a broken one) is at <paramref name="path"/>.</summary>
    private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path) || new FileInfo(path).LinkTarget is not null;

    private static bool IsRegularFile(string path) => new FileInfo(path) is { Exists: true, LinkTarget: null } info && !info.Attributes.HasFlag(FileAttributes.Directory);

    /// <summary>Deletes a folder of Lotse's (a staging folder or a swapped-out output) with its marker last, so that a
    /// build killed while deleting leaves a folder the next build still recognises as Lotse's. Links are removed, never followed.</summary>
    private static void DeleteLotseFolder(string folder)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder))
        {
            var name = System.IO.Path.GetFileName(entry);
            if (name is MarkerName or StagingMarkerName) continue;
            var info = new FileInfo(entry);
            if (info.LinkTarget is null && info.Attributes.HasFlag(FileAttributes.Directory)) Directory.Delete(entry, recursive: true);
            else File.Delete(entry);
        }
        Step("deleting");
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>Exchanges two folders in one step (Linux 3.15+); false when the system or file system cannot.</summary>
    private static bool Exchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            if (RenameAt2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0) return true;
            var errno = Marshal.GetLastPInvokeError();
            if (errno is 22 or 38 or 95) return false; // EINVAL, ENOSYS, EOPNOTSUPP: fall back to two renames
            throw new IOException($"{Marshal.GetPInvokeErrorMessage(errno)} : '{b}'", errno);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>Renames anything (a file, a folder, a link, a pipe) as it is, never following a link, never replacing.</summary>
    private static void Rename(string from, string to)
    {
        if (OperatingSystem.IsWindows())
        {
            if (Directory.Exists(from)) Directory.Move(from, to);
            else File.Move(from, to);
            return;
        }
        int result;
        try
        {
            result = RenameAt2(AtFdCwd, from, AtFdCwd, to, RenameNoReplace);
            if (result != 0 && Marshal.GetLastPInvokeError() is 22 or 38 or 95) result = RenameC(from, to);
        }
        catch (Exception e) when (e is EntryPointNotFoundException)
        {
            result = RenameC(from, to);
        }
        if (result == 0) return;
        var errno = Marshal.GetLastPInvokeError();
        throw new IOException($"{Marshal.GetPInvokeErrorMessage(errno)} : '{to}'", errno);
    }

    [DllImport("libc", EntryPoint = "rename", SetLastError = true)]
    private static extern int RenameC([MarshalAs(UnmanagedType.LPUTF8Str)] string from, [MarshalAs(UnmanagedType.LPUTF8Str)] string to);

    private const uint RenameNoReplace = 1;
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(int oldDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath,
        int newDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);

    private static readonly string? KillAt = Environment.GetEnvironmentVariable("LOTSE_TEST_KILL_AT");

    /// <summary>A test hook: with <c>LOTSE_TEST_KILL_AT=step</c>, the process kills itself (SIGKILL) at that step of the
    /// swap, to prove that no step leaves a missing or mixed site.</summary>
    private static void Step(string step)
    {
        if (KillAt == step) Process.GetCurrentProcess().Kill();
    }
}
