namespace Lotse.Offline;

/// <summary>The files a build has written so far into its staging folder (no dot files such as markers).</summary>
public static class StagingFiles
{
    public static List<string> List(string staging) => Directory
        .EnumerateFiles(staging, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(staging, f).Replace('\\', '/'))
        .Where(p => !p.Split('/').Any(part => part.StartsWith('.')))
        .Order(StringComparer.Ordinal)
        .ToList();
}
