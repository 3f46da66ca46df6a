using System.Diagnostics;

namespace Lotse.Features.Dates;

/// <summary>
/// The date of the last commit that touched each file under a folder, from one <c>git log</c> call for the
/// whole repository (<c>git log --relative --format=%x1e%cs --name-only</c>, parsed once). Null when the
/// folder is not in a git repository or git is not installed.
/// </summary>
internal static class GitHistory
{
    /// <summary>Last commit date (committer date, <c>yyyy-MM-dd</c>) by path relative to <paramref name="root"/>, '/' separated.</summary>
    public static IReadOnlyDictionary<string, string>? LastChanged(string root, string folder, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var arg in new[] { "-c", "core.quotepath=false", "log", "--relative", "--no-renames", "--format=%x1e%cs", "--name-only", "--", folder })
            start.ArgumentList.Add(arg);
        Process? git;
        try { git = Process.Start(start); }
        catch (System.ComponentModel.Win32Exception) { return null; }
        if (git is null) return null;
        using (git)
        {
            var errors = git.StandardError.ReadToEndAsync(cancellationToken);
            var output = git.StandardOutput.ReadToEnd();
            git.WaitForExit();
            _ = errors.Result;
            return git.ExitCode == 0 ? Parse(output) : null;
        }
    }

    /// <summary>Parses the log: a record separator and a date start each commit, its files follow; the
    /// newest commit comes first, so the first date seen for a file is its last change.</summary>
    public static Dictionary<string, string> Parse(string log)
    {
        var dates = new Dictionary<string, string>(StringComparer.Ordinal);
        var date = "";
        foreach (var raw in log.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith('\x1e')) date = line[1..].Trim();
            else if (line.Length > 0 && date.Length > 0) dates.TryAdd(line, date);
        }
        return dates;
    }
}
