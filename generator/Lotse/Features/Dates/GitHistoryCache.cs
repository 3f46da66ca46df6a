namespace Lotse.Features.Dates;

/// <summary>The last <see cref="GitHistory"/> of a serve session, kept while the checked-out commit
/// (<see cref="GitHead"/>) stays the same: the log of committed changes depends on nothing else, so a rebuild after
/// an edit does not run <c>git log</c> again; outside a repository it is not run again until a <c>.git</c> appears. In a
/// repository whose state <see cref="GitHead"/> cannot read, git is asked every time.</summary>
public sealed class GitHistoryCache
{
    private readonly Lock _gate = new();
    private (string Key, IReadOnlyDictionary<string, string>? Dates)? _last;

    public IReadOnlyDictionary<string, string>? LastChanged(string root, string folder, CancellationToken cancellationToken)
    {
        // The commit; or, outside any repository, that fact (until a .git appears).
        var state = GitHead.Commit(root) ?? (GitHead.IsInRepository(root) ? null : "no repository");
        if (state is null) return GitHistory.LastChanged(root, folder, cancellationToken);
        var key = $"{Path.GetFullPath(root)}\n{folder}\n{state}";
        lock (_gate)
            if (_last is { } last && last.Key == key) return last.Dates;
        var dates = GitHistory.LastChanged(root, folder, cancellationToken);
        lock (_gate) _last = (key, dates);
        return dates;
    }
}
