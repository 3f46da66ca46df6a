namespace Lotse.Features.Dates;

/// <summary>
/// The commit the repository around a folder has checked out, read from the files of <c>.git</c> (a folder, or a file
/// pointing to a worktree's git folder) without running git: <c>HEAD</c>, the branch it names (loose or in
/// <c>packed-refs</c>). Null when there is no repository or the state is not one of these plain forms.
/// </summary>
public static class GitHead
{
    public static string? Commit(string folder)
    {
        try
        {
            var gitDir = GitDir(Path.GetFullPath(folder));
            if (gitDir is null) return null;
            var commonDir = File.Exists(Path.Combine(gitDir, "commondir"))
                ? Path.GetFullPath(Path.Combine(gitDir, File.ReadAllText(Path.Combine(gitDir, "commondir")).Trim()))
                : gitDir;
            var head = File.ReadAllText(Path.Combine(gitDir, "HEAD")).Trim();
            if (!head.StartsWith("ref: ", StringComparison.Ordinal)) return IsId(head) ? head : null;
            var name = head["ref: ".Length..].Trim();
            foreach (var dir in new[] { gitDir, commonDir })
            {
                var loose = Path.Combine(dir, name);
                if (File.Exists(loose)) return File.ReadAllText(loose).Trim() is var id && IsId(id) ? id : null;
            }
            var packed = Path.Combine(commonDir, "packed-refs");
            if (!File.Exists(packed)) return null;
            foreach (var line in File.ReadLines(packed))
                if (line.EndsWith(" " + name, StringComparison.Ordinal) && line.IndexOf(' ') == line.Length - name.Length - 1)
                    return IsId(line[..line.IndexOf(' ')]) ? line[..line.IndexOf(' ')] : null;
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }

    /// <summary>True when the folder or one above it has a <c>.git</c>.</summary>
    public static bool IsInRepository(string folder)
    {
        try { return GitDir(Path.GetFullPath(folder)) is not null; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return true; }
    }

    private static string? GitDir(string folder)
    {
        for (var current = folder; current is not null; current = Path.GetDirectoryName(current))
        {
            var dotGit = Path.Combine(current, ".git");
            if (Directory.Exists(dotGit)) return dotGit;
            if (File.Exists(dotGit))
            {
                var text = File.ReadAllText(dotGit).Trim();
                return text.StartsWith("gitdir: ", StringComparison.Ordinal) ? Path.GetFullPath(Path.Combine(current, text["gitdir: ".Length..].Trim())) : null;
            }
        }
        return null;
    }

    private static bool IsId(string text) => text.Length is 40 or 64 && text.All(Uri.IsHexDigit);
}
