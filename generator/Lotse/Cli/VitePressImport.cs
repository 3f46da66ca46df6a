using System.Text;
using Lotse.Blocks.Data;
using Lotse.Blocks.Diagnostics;

namespace Lotse.Cli;

/// <summary><c>lotse init --from docs/.vitepress/config.mts</c> (also <c>.js</c>, <c>.mjs</c>, <c>.ts</c>): makes a
/// VitePress project a Lotse site without touching its Markdown, as <see cref="MkDocsImport"/> does for MkDocs:
/// <c>lotse.yml</c> with <c>title</c>, <c>description</c> and <c>lang</c>, <c>content</c> as a link to the source
/// folder (<c>srcDir</c>, default the folder of <c>.vitepress</c>), and <c>themeConfig.sidebar</c> (else <c>nav</c>) as
/// <c>content/_data/nav.yml</c>. The configuration is a program; only its static object literal is read, and each value
/// left out (a call, a variable) is a warning (LOT0443) at its line and column. Settings of the locale <c>root</c> count
/// when the top level has none.</summary>
internal static class VitePressImport
{
    public static bool IsConfig(string path) =>
        Path.GetFileName(path) is "config.js" or "config.mjs" or "config.ts" or "config.mts";

    public static int Run(CliOptions cli, TextWriter output, TextWriter error)
    {
        var config = cli.From!;
        if (!File.Exists(config)) { error.WriteLine($"lotse init: '{config}' does not exist. Give the VitePress configuration: lotse init --from docs/.vitepress/config.mts"); return 1; }
        var root = cli.Root;
        if (File.Exists(Path.Combine(root, "lotse.yml"))) { error.WriteLine($"lotse init: '{root}' already has lotse.yml"); return 1; }

        var (values, skipped) = JsObjectLiteral.ReadAfter(File.ReadAllText(config), "defineConfig(", "export default");
        var shown = Path.GetRelativePath(root, config).Replace('\\', '/');
        foreach (var skip in skipped)
            error.WriteLine(new Diagnostic(Severity.Warning, DiagnosticCodes.VitePressValueSkipped, shown, skip.Line, skip.Column,
                $"Left out '{skip.Text}': it is computed when VitePress runs, not written as a value. Set what it gives in lotse.yml or nav.yml by hand"));
        values ??= [];
        var locale = (values.GetValueOrDefault("locales") as Dictionary<string, object?>)?.GetValueOrDefault("root") as Dictionary<string, object?> ?? [];
        string? Text(string key) => values.GetValueOrDefault(key) as string ?? locale.GetValueOrDefault(key) as string;

        var project = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(config)))!; // the folder holding .vitepress
        var docs = Path.GetFullPath(Path.Combine(project, Text("srcDir") ?? "."));
        if (!Directory.Exists(docs)) { error.WriteLine($"lotse init: the srcDir '{docs}' does not exist"); return 1; }
        if (!ImportedSite.LinkContent(root, docs, "move it away", output, error)) return 1;

        var language = (Text("lang") ?? "de").Split('-')[0].ToLowerInvariant();
        var settings = new StringBuilder()
            .AppendLine($"# Settings of the site, taken over from {Path.GetFileName(config)} by lotse init --from.")
            .AppendLine($"title: {MkDocsImport.Quoted(Text("title") ?? "Dokumentation")}");
        if (Text("description") is { Length: > 0 } description) settings.AppendLine($"description: {MkDocsImport.Quoted(description)}");
        settings.AppendLine($"language: {MkDocsImport.Quoted(language)}")
            .AppendLine("# links: files (…/index.html, works from disk) or directories (…/, clean URLs on a server)")
            .AppendLine("links: files");
        File.WriteAllText(Path.Combine(root, "lotse.yml"), settings.ToString());
        output.WriteLine("created lotse.yml");

        // The sidebar when it has entries as written (not made by a function), else the top navigation; the top level's
        // themeConfig first, then the root locale's.
        var themes = new[] { values, locale }.Select(v => v.GetValueOrDefault("themeConfig") as Dictionary<string, object?> ?? []).ToList();
        var nav = Entries(
            themes.Select(t => Sidebar(t.GetValueOrDefault("sidebar"))).FirstOrDefault(s => s is { Count: > 0 })
            ?? themes.Select(t => t.GetValueOrDefault("nav") as List<object?>).FirstOrDefault(n => n is { Count: > 0 })
            ?? []);
        ImportedSite.WriteNavFile(nav, $"# {Path.GetFileName(config)}'s sidebar, taken over by lotse init --from (sections, titles and pages).\n",
            root, docs, output);
        output.WriteLine($"Build it with 'lotse build {root}', or preview it with 'lotse serve {root}'.");
        return 0;
    }

    /// <summary>The sidebar's entries: a list, or per path a list or <c>{ items: [...] }</c> (all of them, in order).</summary>
    private static List<object?>? Sidebar(object? sidebar) => sidebar switch
    {
        List<object?> list => list,
        Dictionary<string, object?> byPath => byPath.Values
            .SelectMany(v => v as List<object?> ?? (v as Dictionary<string, object?>)?.GetValueOrDefault("items") as List<object?> ?? [])
            .ToList(),
        _ => null,
    };

    /// <summary>VitePress entries (<c>{ text, link, items }</c>) in MkDocs's nav shape (<c>{ Titel: seite.md }</c>,
    /// <c>{ Abschnitt: [ … ] }</c>), which <see cref="MkDocsImport.WriteNav"/> writes.</summary>
    private static List<object?> Entries(List<object?> items)
    {
        var result = new List<object?>();
        foreach (var item in items.OfType<Dictionary<string, object?>>())
        {
            var text = item.GetValueOrDefault("text") as string;
            var link = item.GetValueOrDefault("link") as string;
            if (item.GetValueOrDefault("items") is List<object?> children)
            {
                var nested = Entries(children);
                if (link is not null) nested.Insert(0, PagePath(link));
                result.Add(new Dictionary<string, object?> { [text ?? link ?? "Abschnitt"] = nested });
            }
            else if (link is not null)
                result.Add(text is null ? PagePath(link) : new Dictionary<string, object?> { [text] = PagePath(link) });
        }
        return result;
    }

    /// <summary>A VitePress link (<c>/de/features/</c>, <c>/guide/intro</c>, <c>intro.html</c>) as the Markdown file it names.</summary>
    private static string PagePath(string link)
    {
        if (link.Contains("://", StringComparison.Ordinal)) return link;
        var path = link.Split('#')[0].TrimStart('/');
        if (path.Length == 0 || path.EndsWith('/')) return path + "index.md";
        if (path.EndsWith(".html", StringComparison.Ordinal)) path = path[..^5];
        return path.EndsWith(".md", StringComparison.Ordinal) ? path : path + ".md";
    }
}
