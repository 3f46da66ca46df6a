namespace Lotse.Tests.Testing;

/// <summary>Parses a whole mini-site written inline (Hugo's txtar style): <c>-- path --</c> lines start files.</summary>
public static class SiteFiles
{
    public static IReadOnlyList<(string Path, string Content)> Parse(string text)
    {
        var files = new List<(string, string)>();
        string? path = null;
        var lines = new List<string>();
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("-- ", StringComparison.Ordinal) && trimmed.EndsWith(" --", StringComparison.Ordinal) && trimmed.Length > 6)
            {
                if (path is not null) files.Add((path, string.Join('\n', lines).TrimEnd('\n') + "\n"));
                path = trimmed[3..^3].Trim();
                lines.Clear();
            }
            else if (path is not null) lines.Add(line);
        }
        if (path is not null) files.Add((path, string.Join('\n', lines).TrimEnd('\n') + "\n"));
        return files;
    }
}
