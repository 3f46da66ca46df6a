namespace Lotse.Dates;

/// <summary>The last <see cref="GitHistory"/> of a serve session, kept while the checked-out commit
/// (<see cref="GitHead"/>) stays the same: the log of committed changes depends on nothing else, so a rebuild after
/// an edit does not run <c>git log</c> again. Without a readable repository, git is asked every time.</summary>
public sealed class GitHistoryCache
{
    private readonly Lock _gate = new();
    private (string Key, IReadOnlyDictionary<string, string>? Dates)? _last;

    public IReadOnlyDictionary<string, string>? LastChanged(string root, string folder, CancellationToken cancellationToken)
    {
        if (GitHead.Commit(root) is not { } commit) return GitHistory.LastChanged(root, folder, cancellationToken);
        var key = $"{Path.GetFullPath(root)}\n{folder}\n{commit}";
        lock (_gate)
            if (_last is { } last && last.Key == key) return last.Dates;
        var dates = GitHistory.LastChanged(root, folder, cancellationToken);
        lock (_gate) _last = (key, dates);
        return dates;
    }
}
