using System.Text;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Reliability;

/// <summary>Generates a site with many linked pages (so a build takes a second or two), for tests that
/// need a build in progress.</summary>
public static class LargeSite
{
    public static string Create(int pages, string marker)
    {
        var root = Directory.CreateTempSubdirectory("lotse-large-").FullName;
        foreach (var (path, content) in SiteFiles.Parse(TestSite.MinimalTheme + "\n-- lotse.yml --\ntitle: Groß\n"))
            Write(root, path, content);
        Write(root, "content/index.md", "# Start\n\n" + string.Concat(Enumerable.Range(0, 20).Select(s => $"- [Bereich {s}](bereich-{s}/index.md)\n")));
        for (var s = 0; s < 20; s++)
        {
            Write(root, $"content/bereich-{s}/index.md", $"# Bereich {s}\n\n{marker}\n");
            for (var p = 0; p < pages / 20; p++)
            {
                var text = new StringBuilder($"---\ntitle: Seite {s}-{p}\n---\n\n## Überblick\n\n{marker}\n\n");
                for (var k = 0; k < 10; k++)
                    text.Append($"Absatz {k} mit *Betonung*, `Code` und einem [Link](seite-{(p + 1) % (pages / 20)}.md#ueberblick).\n\n");
                text.Append("| a | b |\n|---|---|\n| 1 | 2 |\n");
                Write(root, $"content/bereich-{s}/seite-{p}.md", text.ToString());
            }
        }
        return root;
    }

    public static void Write(string root, string path, string content)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
    }
}
