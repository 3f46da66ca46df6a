using Lotse.Blocks.Markdown;
using System.Text.RegularExpressions;
using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.Compatibility;

/// <summary>VitePress pages may start with a Vue <c>&lt;script setup&gt;</c> block (imports, page data). It means nothing
/// outside Vue, and the site's CSP would block it: its lines become empty (positions of later lines stay right).
/// Code blocks are left alone.</summary>
internal sealed partial class DropVueScriptSetup : DocumentModule
{
    [GeneratedRegex(@"^ {0,3}<script\s+setup(\s[^>]*)?>", RegexOptions.IgnoreCase)]
    private static partial Regex Opening();

    /// <summary>"&lt;script" in any case, searched vectorised: every page is asked on every rebuild of <c>lotse serve</c>.</summary>
    private static readonly System.Buffers.SearchValues<string> ScriptTag =
        System.Buffers.SearchValues.Create(["<script"], StringComparison.OrdinalIgnoreCase);

    protected override Document? Execute(Document document, BuildContext context)
    {
        var body = document.Content;
        if (!body.AsSpan().ContainsAny(ScriptTag)) return document;
        var lines = body.Split('\n');
        var changed = false;
        var code = new CodeFence();
        for (var i = 0; i < lines.Length; i++)
        {
            if (code.Covers(lines[i])) continue;
            if (!Opening().IsMatch(lines[i])) continue;
            var end = i;
            while (end < lines.Length && !lines[end].Contains("</script>", StringComparison.OrdinalIgnoreCase)) end++;
            if (end == lines.Length) break; // never closed: left as it is, and reported as raw HTML
            for (var n = i; n <= end; n++) lines[n] = "";
            changed = true;
            i = end;
        }
        return changed ? document with { Content = string.Join('\n', lines) } : document;
    }
}
