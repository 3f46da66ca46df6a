using System.Text;
using System.Text.RegularExpressions;
using Lotse.Blocks.Data;

namespace Lotse.Cli;

/// <summary><c>lotse init --from mkdocs.yml</c>: makes an MkDocs project a Lotse site without touching its Markdown:
/// <c>lotse.yml</c> with the <c>site_name</c>, <c>content</c> as a link to <c>docs_dir</c> (default <c>docs</c>), and
/// <c>nav</c> as <c>content/_data/nav.yml</c> (nested sections, titles and pages, as MkDocs shows them). Admonitions (<c>!!!</c>, <c>???</c>) need no
/// setting: Lotse reads them always.</summary>
internal static partial class MkDocsImport
{
    [GeneratedRegex(@"^(?<key>site_name|docs_dir):\s*(?<value>.+?)\s*$", RegexOptions.Multiline | RegexOptions.NonBacktracking)]
    private static partial Regex TopLevelKey();

    public static int Run(CliOptions cli, TextWriter output, TextWriter error)
    {
        var config = cli.From!;
        if (!File.Exists(config)) { error.WriteLine($"lotse init: '{config}' does not exist. Give the MkDocs configuration: lotse init --from mkdocs.yml"); return 1; }
        var root = cli.Root;
        if (File.Exists(Path.Combine(root, "lotse.yml"))) { error.WriteLine($"lotse init: '{root}' already has lotse.yml"); return 1; }

        var text = File.ReadAllText(config);
        // mkdocs.yml may hold Python tags (!!python/name:…), which a plain YAML reader refuses: then the two keys by line.
        var values = YamlReader.Parse(text, out var yamlError) as Dictionary<string, object?> ?? [];
        if (yamlError is not null)
            foreach (Match m in TopLevelKey().Matches(text)) values[m.Groups["key"].Value] = m.Groups["value"].Value.Trim('"', '\'');
        var siteName = values.GetValueOrDefault("site_name") as string ?? "Handbuch";
        var docsDir = values.GetValueOrDefault("docs_dir") as string ?? "docs";
        var docs = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(config)!, docsDir));
        if (!Directory.Exists(docs)) { error.WriteLine($"lotse init: the docs_dir '{docs}' does not exist"); return 1; }

        if (!ImportedSite.LinkContent(root, docs, "move it away or set docs_dir: content", output, error)) return 1;

        File.WriteAllText(Path.Combine(root, "lotse.yml"), $"""
            # Settings of the site, taken over from {Path.GetFileName(config)} by lotse init --from.
            title: {Quoted(siteName)}
            language: de
            # links: files (…/index.html, works from disk) or directories (…/, clean URLs on a server)
            links: files

            """);
        output.WriteLine("created lotse.yml");

        if (yamlError is null && values.GetValueOrDefault("nav") is List<object?> nav)
            ImportedSite.WriteNavFile(nav, "# mkdocs.yml's nav, taken over by lotse init --from (sections, titles and pages, nested as there).\n",
                root, docs, output);
        else if (yamlError is not null)
            output.WriteLine($"mkdocs.yml's nav was not taken over ({yamlError.Message}); the navigation follows the folders");
        output.WriteLine($"Build it with 'lotse build {root}', or preview it with 'lotse serve {root}'.");
        return 0;
    }

    /// <summary>Writes MkDocs nav entries as nav.yml entries of the same shape (<c>- x.md</c>, <c>- Titel: x.md</c>,
    /// <c>- Abschnitt: [ … ]</c>, which nav.yml reads as MkDocs does); links to other sites are left out (named in
    /// <paramref name="skipped"/>). Returns the number of entries written.</summary>
    internal static int WriteNav(List<object?> entries, StringBuilder yaml, int depth, List<string> skipped)
    {
        var indent = new string(' ', depth * 4);
        var written = 0;
        foreach (var entry in entries)
        {
            switch (entry)
            {
                case string path when Page(path) is { } page:
                    yaml.Append(indent).Append("- ").AppendLine(Quoted(page));
                    written++;
                    break;
                case string link:
                    skipped.Add(link);
                    break;
                case Dictionary<string, object?> titled when titled.Count == 1:
                    var (title, value) = titled.First();
                    if (value is string path2)
                    {
                        if (Page(path2) is not { } page2) { skipped.Add($"{title}: {path2}"); break; }
                        yaml.Append(indent).Append("- ").Append(Quoted(title)).Append(": ").AppendLine(Quoted(page2));
                        written++;
                    }
                    else if (value is List<object?> children)
                    {
                        var section = new StringBuilder();
                        if (WriteNav(children, section, depth + 1, skipped) == 0) break;
                        yaml.Append(indent).Append("- ").Append(Quoted(title)).AppendLine(":").Append(section);
                        written++;
                    }
                    break;
            }
        }
        return written;
    }

    private static string? Page(string path) =>
        path.Contains("://", StringComparison.Ordinal) ? null : path.Trim().TrimStart('/');

    internal static string Quoted(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
