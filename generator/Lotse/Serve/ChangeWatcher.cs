namespace Lotse.Serve;

/// <summary>Waits for a change under the site root (content, themes, lotse.yml), ignoring the output
/// folder, and lets a burst of changes settle for a moment before it reports them as one.</summary>
internal sealed class ChangeWatcher : IDisposable
{
    private readonly FileSystemWatcher _watcher;
    private readonly string _output;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private readonly Action? _onFirstChange;

    /// <param name="onFirstChange">Called (on the watcher's thread) as soon as the first change of a burst is seen, before
    /// it settles: <c>lotse serve</c> stops a pending second stage at once, so the rebuild finds the machine free.</param>
    public ChangeWatcher(string root, string output, Action? onFirstChange = null)
    {
        _onFirstChange = onFirstChange;
        _output = Path.GetFullPath(output);
        _watcher = new FileSystemWatcher(root) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        _watcher.Changed += OnChange;
        _watcher.Created += OnChange;
        _watcher.Deleted += OnChange;
        _watcher.Renamed += OnChange;
        _watcher.Error += (_, _) => { lock (_gate) _paths = null; };
    }

    private readonly Lock _gate = new();

    /// <summary>Every path under the root that changed since <see cref="TakeChanges"/> (not only those that start a
    /// rebuild), or null when that is not known: before the first call (the site was built before the watcher started)
    /// and after the watcher lost events.</summary>
    private HashSet<string>? _paths;

    /// <summary>The full paths that changed since the last call (the old and the new path of a rename), or null when
    /// that is not known; the rebuild then looks at every file.</summary>
    public IReadOnlyCollection<string>? TakeChanges()
    {
        lock (_gate)
        {
            var changed = _paths;
            _paths = new HashSet<string>(StringComparer.Ordinal);
            return changed;
        }
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        var full = Path.GetFullPath(e.FullPath);
        if (full.StartsWith(_output, StringComparison.Ordinal)) return; // the build's own writing
        lock (_gate)
        {
            _paths?.Add(full);
            if (e is RenamedEventArgs renamed) _paths?.Add(Path.GetFullPath(renamed.OldFullPath));
        }
        var name = Path.GetFileName(Path.GetDirectoryName(full) ?? "");
        if (full.Contains("/.", StringComparison.Ordinal) ||
            full.Contains("/node_modules/", StringComparison.Ordinal) || full.Contains("/bin/", StringComparison.Ordinal) ||
            full.Contains("/obj/", StringComparison.Ordinal) || name.StartsWith('.')) return;
        if (!_changed.TrySetResult()) return;
        FirstChange = System.Diagnostics.Stopwatch.GetTimestamp();
        _onFirstChange?.Invoke();
    }

    /// <summary>Starts a rebuild as a change would, without a changed source (files missing from the output).</summary>
    public void Poke()
    {
        if (!_changed.TrySetResult()) return;
        FirstChange = System.Diagnostics.Stopwatch.GetTimestamp();
    }

    /// <summary>When the change last reported was first seen (<see cref="System.Diagnostics.Stopwatch.GetTimestamp"/>).</summary>
    public long FirstChange { get; private set; }

    public async Task WaitForChangeAsync(CancellationToken cancellationToken)
    {
        await _changed.Task.WaitAsync(cancellationToken);
        await Task.Delay(30, cancellationToken);
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public void Dispose() => _watcher.Dispose();
}
