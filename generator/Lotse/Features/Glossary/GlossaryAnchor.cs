using System.Text;
using System.Text.RegularExpressions;

namespace Lotse.Features.Glossary;

/// <summary>The anchor id of a glossary term, exactly as <c>themes/default/layouts/glossar.html</c> builds it
/// (its <c>slug</c> function): lower case, umlauts spelled out, other characters dropped, separators as dashes.</summary>
internal static partial class GlossaryAnchor
{
    public static string From(string term)
    {
        var s = new StringBuilder(term.ToLowerInvariant())
            .Replace("ä", "ae").Replace("ö", "oe").Replace("ü", "ue").Replace("ß", "ss")
            .Replace("é", "e").Replace("è", "e").Replace("á", "a").Replace("à", "a")
            .ToString();
        s = Dropped().Replace(s, "");
        s = Separators().Replace(s, "-");
        return s.Trim('-');
    }

    [GeneratedRegex("[^a-z0-9 \\t/._-]")]
    private static partial Regex Dropped();

    [GeneratedRegex("[ \\t/._-]+")]
    private static partial Regex Separators();
}
