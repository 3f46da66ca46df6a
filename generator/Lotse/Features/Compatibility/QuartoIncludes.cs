using System.Text.RegularExpressions;
using Lotse.Blocks.Diagnostics;
using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.Compatibility;

/// <summary>Quarto's <c>{{&lt; include datei.md &gt;}}</c> on a line of its own is replaced by that file's Markdown
/// (its front matter left out), relative to the page's folder; a file that is missing or outside content/ is LOT0441.</summary>
internal sealed partial class QuartoIncludes : DocumentModule
{
    [GeneratedRegex(@"^[ \t]*\{\{<\s*include\s+(?<file>[^\s>]+)\s*>\}\}[ \t]*\r?$", RegexOptions.Multiline)]
    private static partial Regex Include();

    [GeneratedRegex(@"\A---\r?\n.*?\r?\n---[ \t]*\r?\n", RegexOptions.Singleline)]
    private static partial Regex FrontMatter();

    protected override Document? Execute(Document document, BuildContext context)
    {
        var body = document.Content;
        if (!body.Contains("{{<", StringComparison.Ordinal)) return document;
        var folder = Path.GetDirectoryName(Path.Combine(context.Paths.Content, document.ContentPath()))!;
        var content = Path.GetFullPath(context.Paths.Content) + Path.DirectorySeparatorChar;
        var included = new List<string>();
        var replaced = Include().Replace(body, match =>
        {
            var file = Path.GetFullPath(Path.Combine(folder, match.Groups["file"].Value));
            if (!file.StartsWith(content, StringComparison.Ordinal) || !File.Exists(file))
            {
                var line = document.BodyLine() + body[..match.Index].Count(c => c == '\n');
                context.Diagnostics.Error(DiagnosticCodes.IncludeMissing, document.SourcePath, line, 1,
                    $"The include '{match.Groups["file"].Value}' names no file inside content/. Check the path; it is relative to this page");
                return match.Value;
            }
            included.Add(file[content.Length..].Replace('\\', '/'));
            return FrontMatter().Replace(File.ReadAllText(file), "").TrimEnd('\n', '\r');
        });
        if (included.Count > 0) document = document.WithMetadata(ContentKeys.Includes, included.Distinct(StringComparer.Ordinal).ToList());
        return ReferenceEquals(replaced, body) || replaced == body ? document : document with { Content = replaced };
    }
}
