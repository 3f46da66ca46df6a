using System.Text;
using System.Text.RegularExpressions;
using Lotse.Blocks.Data;

namespace Lotse.Cli;

/// <summary><c>lotse init --from mkdocs.yml</c>: makes an MkDocs project a Lotse site without touching its Markdown:
/// <c>lotse.yml</c> with the <c>site_name</c>, <c>content</c> as a link to <c>docs_dir</c> (default <c>docs</c>), and
/// the top-level order of <c>nav</c> as <c>content/_data/nav.yml</c>. Admonitions (<c>!!!</c>, <c>???</c>) need no
/// setting: Lotse reads them always.</summary>
internal static partial class MkDocsImport
{
    [GeneratedRegex(@"^(?<key>site_name|docs_dir):\s*(?<value>.+?)\s*$", RegexOptions.Multiline)]
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
        var siteName = values.GetValueOrDefault("site_name") as string ?? "Leitfaden";
        var docsDir = values.GetValueOrDefault("docs_dir") as string ?? "docs";
        var docs = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(config)!, docsDir));
        if (!Directory.Exists(docs)) { error.WriteLine($"lotse init: the docs_dir '{docs}' does not exist"); return 1; }

        var content = Path.Combine(root, "content");
        if (Path.GetFullPath(content).TrimEnd('/') != docs.TrimEnd('/'))
        {
            if (Directory.Exists(content) || File.Exists(content)) { error.WriteLine($"lotse init: '{content}' exists already; move it away or set docs_dir: content"); return 1; }
            Directory.CreateSymbolicLink(content, Path.GetRelativePath(root, docs));
            output.WriteLine($"linked content -> {Path.GetRelativePath(root, docs).Replace('\\', '/')}");
        }

        File.WriteAllText(Path.Combine(root, "lotse.yml"), $"""
            # Settings of the site, taken over from {Path.GetFileName(config)} by lotse init --from.
            title: {Quoted(siteName)}
            language: de
            # links: files (…/index.html, works from disk) or directories (…/, clean URLs on a server)
            links: files

            """);
        output.WriteLine("created lotse.yml");

        if (yamlError is null && values.GetValueOrDefault("nav") is List<object?> nav)
        {
            var order = nav.Select(TopLevelPath).Where(p => p is not null).Distinct().ToList();
            var navFile = Path.Combine(docs, "_data", "nav.yml");
            if (order.Count > 0 && !File.Exists(navFile))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(navFile)!);
                var yaml = new StringBuilder("# The top-level order of mkdocs.yml's nav, taken over by lotse init --from.\n");
                foreach (var path in order) yaml.Append("- ").AppendLine(Quoted(path!));
                File.WriteAllText(navFile, yaml.ToString());
                output.WriteLine($"created {Path.GetRelativePath(root, navFile).Replace('\\', '/')}");
            }
        }
        else if (yamlError is not null)
            output.WriteLine($"mkdocs.yml's nav was not taken over ({yamlError.Message}); the navigation follows the folders");
        output.WriteLine($"Build it with 'lotse build {root}', or preview it with 'lotse serve {root}'.");
        return 0;
    }

    /// <summary>A nav entry's path for Lotse's top-level order: a page (<c>x.md</c>), or the folder of a section's first page.</summary>
    private static string? TopLevelPath(object? entry) => entry switch
    {
        string page => Page(page),
        Dictionary<string, object?> titled when titled.Count == 1 => titled.Values.First() switch
        {
            string page => Page(page),
            List<object?> children => children.Select(FirstPage).FirstOrDefault(p => p is not null) is { } first
                ? (first.Contains('/') ? first[..first.LastIndexOf('/')] : first)
                : null,
            _ => null,
        },
        _ => null,
    };

    private static string? FirstPage(object? entry) => entry switch
    {
        string page => Page(page),
        Dictionary<string, object?> titled when titled.Count == 1 => titled.Values.First() is List<object?> list
            ? list.Select(FirstPage).FirstOrDefault(p => p is not null)
            : FirstPage(titled.Values.First()),
        _ => null,
    };

    private static string? Page(string path) =>
        path.Contains("://", StringComparison.Ordinal) ? null : path.Trim().TrimStart('/');

    private static string Quoted(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
