
namespace Lotse.Site;

/// <summary>
/// The files of the content folder as the last build in <c>lotse serve</c> listed them (<see cref="Modules.ContentFiles"/>):
/// while serve's file watcher reports only changes to files in that list that are still there (<see cref="Changed"/>),
/// a rebuild takes the list again instead of walking every folder. Any other change under the folder (a file added,
/// removed or renamed, a folder changed) or not knowing what changed lists the folder anew; so does a listing that
/// reported a problem (<see cref="Forget"/>), and every build before the watcher reports.
/// </summary>
public sealed class ContentListing
{
    private readonly Lock _gate = new();
    private (string Folder, IReadOnlyList<string> Files, HashSet<string> Set)? _last;
    private bool _watching;
    private bool _current;

    /// <summary>Before a rebuild: the paths (full) the file watcher reported since the last build began; null when not known.</summary>
    public void Changed(IReadOnlyCollection<string>? paths)
    {
        lock (_gate)
        {
            _watching = true;
            if (paths is null || _last is not { } last) { _current = false; return; }
            var folder = last.Folder.TrimEnd('/');
            foreach (var path in paths)
            {
                if (path != folder && !path.StartsWith(folder + "/", StringComparison.Ordinal)) continue;
                if (!last.Set.Contains(path) || !File.Exists(path)) { _current = false; return; }
            }
        }
    }

    /// <summary>The files listed last, when nothing since can have changed the list; otherwise null.</summary>
    public IReadOnlyList<string>? Files(string folder)
    {
        lock (_gate) return _current && _last is { } last && last.Folder == folder ? last.Files : null;
    }

    /// <summary>A new listing of <paramref name="folder"/>, taken again while the watcher reports nothing that changes it.</summary>
    public void Remember(string folder, IReadOnlyList<string> files)
    {
        lock (_gate)
        {
            _last = (folder, files, files.ToHashSet(StringComparer.Ordinal));
            _current = _watching;
        }
    }

    /// <summary>A listing that reported a problem is made again next time (and reports it again).</summary>
    public void Forget()
    {
        lock (_gate) { _last = null; _current = false; }
    }
}
