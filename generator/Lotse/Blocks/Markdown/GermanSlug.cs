using System.Globalization;
using System.Text;

namespace Lotse.Blocks.Markdown;

/// <summary>Makes URL fragments from German text: "Übersicht der Leistungen" → "uebersicht-der-leistungen".</summary>
public static class GermanSlug
{
    public static string From(string text) => From(text, new StringBuilder(text.Length + 8));

    /// <summary>As <see cref="From(string)"/>, written in <paramref name="scratch"/> (emptied first): a page's headings share one.</summary>
    public static string From(string text, StringBuilder scratch)
    {
        var sb = scratch.Clear();
        var pendingDash = false;
        foreach (var c in WithoutLoneSurrogates(text).Normalize(NormalizationForm.FormC))
        {
            var replacement = c switch
            {
                'ä' or 'Ä' => "ae",
                'ö' or 'Ö' => "oe",
                'ü' or 'Ü' => "ue",
                'ß' or 'ẞ' => "ss",
                _ => null,
            };
            if (replacement is not null)
            {
                Append(replacement);
                continue;
            }
            if (c < 128 && char.IsAsciiLetterOrDigit(c))
            {
                if (pendingDash && sb.Length > 0) sb.Append('-');
                pendingDash = false;
                sb.Append(char.ToLowerInvariant(c));
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                // Other accented letters: drop the accent (é → e).
                var baseChars = c.ToString().Normalize(NormalizationForm.FormD)
                    .Where(ch => CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark);
                Append(new string(baseChars.ToArray()).ToLowerInvariant());
                continue;
            }
            if (c is ' ' or '-' or '_' or '\t' or '/' or '.' && sb.Length > 0) pendingDash = true;
        }
        return sb.ToString();

        void Append(string s)
        {
            if (pendingDash && sb.Length > 0) sb.Append('-');
            pendingDash = false;
            sb.Append(s);
        }
    }

    /// <summary>Normalize throws on a surrogate without its partner. Source files cannot hold one (they are read as
    /// strict UTF-8), but any string may reach this helper; it is no letter, so it is dropped like other symbols.</summary>
    private static string WithoutLoneSurrogates(string text)
    {
        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean?.Append(text, i, 2);
                i++;
                continue;
            }
            if (char.IsSurrogate(c))
            {
                clean ??= new StringBuilder(text, 0, i, text.Length);
                continue;
            }
            clean?.Append(c);
        }
        return clean?.ToString() ?? text;
    }
}
