namespace Lotse.Serve;

/// <summary>Maps a request path to a file inside the output folder, or to nothing. Refuses what is never a
/// page of the site (backslashes, drive letters, NUL and other control characters, <c>..</c> segments, an
/// encoded slash) and any symbolic link on the way, so no file outside the folder can be reached.</summary>
internal static class RequestPath
{
    /// <summary>False for a path that is malformed or an attempt to leave the folder (answer 400).</summary>
    public static bool IsWellFormed(string path) =>
        path.StartsWith('/') &&
        !path.Any(c => c == '\\' || c == ':' || char.IsControl(c)) &&
        !path.Contains("%2f", StringComparison.OrdinalIgnoreCase) &&
        !path.Contains("%5c", StringComparison.OrdinalIgnoreCase) &&
        !path.Split('/').Any(segment => segment is ".." or ".");

    /// <summary>The file to serve for a well-formed <paramref name="path"/> (a folder's index.html), or null.
    /// A folder without index.html is not listed.</summary>
    public static string? Resolve(string root, string path)
    {
        if (!IsWellFormed(path)) return null;
        var folder = Path.GetFullPath(root);
        var full = Path.GetFullPath(Path.Combine(folder, path.TrimStart('/')));
        if (full != folder && !full.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return null;
        if (Directory.Exists(full)) full = Path.Combine(full, "index.html");
        if (!File.Exists(full) || PassesALink(folder, full)) return null;
        return full;
    }

    private static bool PassesALink(string folder, string file)
    {
        for (var current = file; current.Length > folder.Length; current = Path.GetDirectoryName(current)!)
            if (new FileInfo(current).LinkTarget is not null) return true;
        return false;
    }
}
