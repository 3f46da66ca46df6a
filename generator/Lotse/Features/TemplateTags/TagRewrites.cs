using System.Text.RegularExpressions;
using Lotse.Blocks.Diagnostics;
using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.TemplateTags;

/// <summary>
/// What each template tag of one page becomes. Jekyll: <c>{{ site.baseurl }}</c> and <c>{{ site.url }}</c> nothing (links
/// count from the content root), <c>{{ '/x' | relative_url }}</c> <c>/x</c>, <c>{% link x.md %}</c> <c>/x.md</c>,
/// <c>{% include datei %}</c> the text of <c>_includes/datei</c> (<c>{% include_relative %}</c>: beside the page).
/// GitBook: <c>{% hint style="info" %}</c> … <c>{% endhint %}</c> a callout, <c>{% embed url="…" %}</c> a link,
/// <c>{% tab title="X" %}</c> a bold label before the tab's text, <c>{% file src="x" %}</c> a link,
/// <c>{% content-ref %}</c>, <c>{% code %}</c>, <c>{% tabs %}</c> and their ends nothing (their text stays). Control flow
/// (<c>if</c>, <c>unless</c>, <c>case</c>, <c>assign</c> …) is left out with a warning (LOT0445), its text kept; a loop
/// (<c>for</c>) is left out with its text.
/// </summary>
internal sealed partial class TagRewrites(Document page, BuildContext context)
{
    [GeneratedRegex(@"(?<key>[\w-]+)\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)'|(?<value>[^\s""']+))")]
    private static partial Regex Argument();

    [GeneratedRegex(@"^(?:""(?<text>[^""]*)""|'(?<text>[^']*)')\s*\|\s*(?:relative_url|absolute_url)\s*$")]
    private static partial Regex UrlFilter();

    [GeneratedRegex(@"^site\.(?:baseurl|url)(?:\s*\|\s*(?:relative_url|absolute_url|prepend:[^|]*))?$")]
    private static partial Regex SiteUrl();

    private static readonly Dictionary<string, string> HintStyles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["info"] = "info", ["success"] = "tip", ["warning"] = "warning", ["danger"] = "danger", ["tip"] = "tip", ["note"] = "note",
    };

    /// <summary>Tags that only wrap text which stays as it is.</summary>
    private static readonly HashSet<string> Wrappers = new(StringComparer.Ordinal)
        { "tabs", "endtabs", "endtab", "content-ref", "endcontent-ref", "code", "endcode", "stepper", "endstepper", "step", "endstep", "columns", "endcolumns", "column", "endcolumn" };

    /// <summary>The content paths of the files included so far (<see cref="ContentKeys.Includes"/>).</summary>
    public List<string> Included { get; } = [];

    public string Tag(string name, string arguments, string written, int line, int column)
    {
        var values = Argument().Matches(arguments).ToDictionary(m => m.Groups["key"].Value, m => m.Groups["value"].Value, StringComparer.Ordinal);
        switch (name)
        {
            case "hint":
                return "::: " + (HintStyles.GetValueOrDefault(values.GetValueOrDefault("style") ?? "info") ?? "info");
            case "endhint":
                return ":::";
            case "embed":
            case "file":
                var url = values.GetValueOrDefault("url") ?? values.GetValueOrDefault("src") ?? FirstWord(arguments);
                if (url.Length == 0) break;
                var text = values.GetValueOrDefault("caption") is { Length: > 0 } caption ? caption : url;
                return $"[{text}]({(url.Contains(' ') ? "<" + url + ">" : url)})";
            case "tab":
                return values.GetValueOrDefault("title") is { Length: > 0 } title ? $"**{title}**" : "";
            case "link":
                var path = FirstWord(arguments).Trim('"', '\'');
                return path.Length == 0 ? "" : "/" + path.TrimStart('/');
            case "include":
            case "include_relative":
                return Include(name == "include_relative", FirstWord(arguments).Trim('"', '\''), written, line, column);
        }
        if (Wrappers.Contains(name)) return "";
        context.Diagnostics.Warning(DiagnosticCodes.TemplateTagUnsupported, page.SourcePath, line, column,
            $"The template tag '{Shorten(written)}' is run by Jekyll or GitBook, not by Lotse; it is left out and the text around it stays. Write what it should give as Markdown");
        return "";
    }

    public string Loop(string written, int line, int column)
    {
        context.Diagnostics.Warning(DiagnosticCodes.TemplateTagUnsupported, page.SourcePath, line, column,
            $"The loop '{Shorten(written)}' is run by Jekyll or GitBook, not by Lotse; it is left out up to its '{{% endfor %}}'. Write the list it makes as Markdown");
        return "";
    }

    public string Output(string expression, string written)
    {
        if (SiteUrl().IsMatch(expression)) return "";
        if (UrlFilter().Match(expression) is { Success: true } filter) return filter.Groups["text"].Value;
        return written;
    }

    private string Include(bool relative, string file, string written, int line, int column)
    {
        var content = Path.GetFullPath(context.Paths.Content) + Path.DirectorySeparatorChar;
        var pageFolder = Path.GetDirectoryName(Path.Combine(context.Paths.Content, page.ContentPath()))!;
        string[] candidates = relative ? [Path.Combine(pageFolder, file)] : [Path.Combine(context.Paths.Content, "_includes", file), Path.Combine(pageFolder, file)];
        foreach (var candidate in candidates.Select(Path.GetFullPath))
            if (candidate.StartsWith(content, StringComparison.Ordinal) && File.Exists(candidate))
            {
                Included.Add(candidate[content.Length..].Replace('\\', '/'));
                return File.ReadAllText(candidate).TrimEnd('\n', '\r');
            }
        context.Diagnostics.Error(DiagnosticCodes.IncludeMissing, page.SourcePath, line, column,
            $"The include '{Shorten(written)}' names no file inside content/ ({(relative ? "beside this page" : "in _includes/ or beside this page")}). Check the path");
        return "";
    }

    private static string FirstWord(string arguments) => arguments.Split((char[])[' ', '\t'], 2, StringSplitOptions.RemoveEmptyEntries) is [var first, ..] ? first : "";

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
