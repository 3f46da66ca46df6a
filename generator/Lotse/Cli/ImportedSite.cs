using System.Text;

namespace Lotse.Cli;

/// <summary>The steps <c>lotse init --from</c> takes for every foreign generator (<see cref="MkDocsImport"/>,
/// <see cref="VitePressImport"/>): <c>content</c> as a link to the folder of the site's Markdown, and the foreign
/// navigation written as <c>_data/nav.yml</c> in that folder.</summary>
internal static class ImportedSite
{
    /// <summary>Links <c>content</c> in <paramref name="root"/> to <paramref name="docs"/>, unless it is that folder. False
    /// (and the reason on <paramref name="error"/>, ending in <paramref name="whatToDo"/>) when a <c>content</c> exists.</summary>
    public static bool LinkContent(string root, string docs, string whatToDo, TextWriter output, TextWriter error)
    {
        var content = Path.Combine(root, "content");
        if (Path.GetFullPath(content).TrimEnd('/') == docs.TrimEnd('/')) return true;
        if (Directory.Exists(content) || File.Exists(content)) { error.WriteLine($"lotse init: '{content}' exists already; {whatToDo}"); return false; }
        Directory.CreateSymbolicLink(content, Path.GetRelativePath(root, docs));
        output.WriteLine($"linked content -> {Path.GetRelativePath(root, docs).Replace('\\', '/')}");
        return true;
    }

    /// <summary>Writes <paramref name="nav"/> (entries in MkDocs's nav shape, <see cref="MkDocsImport.WriteNav"/>) under the
    /// comment <paramref name="header"/> as <c>_data/nav.yml</c> in <paramref name="docs"/>; nothing when it has no entry
    /// or the file exists. Names the links left out (other sites).</summary>
    public static void WriteNavFile(List<object?> nav, string header, string root, string docs, TextWriter output)
    {
        var yaml = new StringBuilder(header);
        var skipped = new List<string>();
        var navFile = Path.Combine(docs, "_data", "nav.yml");
        if (MkDocsImport.WriteNav(nav, yaml, 0, skipped) == 0 || File.Exists(navFile)) return;
        Directory.CreateDirectory(Path.GetDirectoryName(navFile)!);
        File.WriteAllText(navFile, yaml.ToString());
        output.WriteLine($"created {Path.GetRelativePath(root, navFile).Replace('\\', '/')}");
        foreach (var link in skipped) output.WriteLine($"  left out of nav.yml (not a page of the site): {link}");
    }
}
