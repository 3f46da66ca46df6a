namespace Lotse.Blocks.Output;

/// <summary>
/// The output folder, written atomically: a build writes into a staging folder next to it, and only
/// a successful build swaps it in, so a failed or killed build leaves the previous site as it was.
/// Lotse only ever replaces a folder that carries its marker file, which lists the files it wrote;
/// files that someone else put into the folder are reported and carried over, never deleted.
/// </summary>
public sealed class OutputFolder(string path)
{
    public const string MarkerName = ".lotse-site";
    private const string StagingMarkerName = ".lotse-staging";

    public string Path { get; } = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(path));

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

    /// <summary>True when the folder exists and carries Lotse's marker.</summary>
    public bool IsLotseOutput => File.Exists(System.IO.Path.Combine(Path, MarkerName));

    /// <summary>After a rebuild that wrote its changed files straight into the output: removes the files the
    /// previous build wrote and this one did not (never others' files), and updates the marker's list.</summary>
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
            if (file.StartsWith(Path + "/", StringComparison.Ordinal) && File.Exists(file)) File.Delete(file);
        }
        File.WriteAllLines(markerFile, manifest);
    }

    /// <summary>Creates a fresh staging folder (removing stale ones that interrupted builds left behind).</summary>
    public string CreateStaging()
    {
        Directory.CreateDirectory(Parent);
        foreach (var stale in Directory.EnumerateDirectories(Parent, $".{Name}.lotse-*"))
            if (File.Exists(System.IO.Path.Combine(stale, StagingMarkerName)) || File.Exists(System.IO.Path.Combine(stale, MarkerName)))
                Directory.Delete(stale, recursive: true);
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

    /// <summary>Swaps the staging folder in. Returns the files of the old output that Lotse did not write
    /// (they are copied into the new output).</summary>
    public IReadOnlyList<string> Commit(string staging, IEnumerable<string> written)
    {
        var foreign = new List<string>();
        var manifest = written.Order(StringComparer.Ordinal).ToList();
        if (Directory.Exists(Path))
        {
            var markerFile = System.IO.Path.Combine(Path, MarkerName);
            var previous = File.Exists(markerFile)
                ? File.ReadAllLines(markerFile).ToHashSet(StringComparer.Ordinal)
                : [];
            foreach (var file in Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories))
            {
                var relative = System.IO.Path.GetRelativePath(Path, file).Replace('\\', '/');
                if (relative == MarkerName || previous.Contains(relative)) continue;
                foreign.Add(relative);
                var target = System.IO.Path.Combine(staging, relative);
                if (File.Exists(target)) continue;
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
        foreign.Sort(StringComparer.Ordinal);
        File.WriteAllLines(System.IO.Path.Combine(staging, MarkerName), manifest); // only Lotse's files: foreign ones stay foreign
        File.Delete(System.IO.Path.Combine(staging, StagingMarkerName));

        if (Directory.Exists(Path))
        {
            var old = System.IO.Path.Combine(Parent, $".{Name}.lotse-old-{Environment.ProcessId}-{Guid.NewGuid():N}");
            Directory.Move(Path, old);
            Directory.Move(staging, Path);
            Directory.Delete(old, recursive: true);
        }
        else Directory.Move(staging, Path);
        return foreign;
    }
}
