using System.Globalization;
using System.Text;

namespace Lotse.Search.Lunr;

/// <summary>String behaviour of JavaScript that lunr relies on, reproduced for C#.</summary>
public static class JavaScriptText
{
    /// <summary>The characters JavaScript's regular-expression class \s matches.</summary>
    public static bool IsWhiteSpace(char c) => c switch
    {
        '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or '\u00A0' or '\u1680' or '\u2028' or '\u2029' or '\u202F'
            or '\u205F' or '\u3000' or '\uFEFF' => true,
        >= '\u2000' and <= '\u200A' => true,
        _ => false,
    };

    /// <summary>
    /// String.prototype.toLowerCase: the invariant lower-case mapping plus the two special cases of
    /// Unicode's SpecialCasing that apply without a locale (dotted capital I and final sigma).
    /// </summary>
    public static string ToLowerCase(string text)
    {
        if (text.IndexOf('\u0130') < 0 && text.IndexOf('\u03A3') < 0)
        {
            return text.ToLowerInvariant();
        }
        var builder = new StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\u0130')
            {
                builder.Append("i\u0307");
            }
            else if (c == '\u03A3')
            {
                builder.Append(IsFinalSigma(text, i) ? '\u03C2' : '\u03C3');
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }
        return builder.ToString().ToLowerInvariant();
    }

    private static bool IsFinalSigma(string text, int index)
    {
        var before = index - 1;
        while (before >= 0 && IsCaseIgnorable(text[before]))
        {
            before--;
        }
        if (before < 0 || !char.IsLetter(text[before]))
        {
            return false;
        }
        var after = index + 1;
        while (after < text.Length && IsCaseIgnorable(text[after]))
        {
            after++;
        }
        return after >= text.Length || !char.IsLetter(text[after]);
    }

    private static bool IsCaseIgnorable(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.Format or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol
        || c is '\'' or '.' or ':' or '\u00B7' or '\u2019';

    /// <summary>Math.round(x * 1000) / 1000 as lunr rounds field-vector scores.</summary>
    public static double RoundToThousandths(double value) => MathRound(value * 1000) / 1000;

    /// <summary>JavaScript's Math.round: halves round towards positive infinity.</summary>
    public static double MathRound(double value)
    {
        var up = Math.Ceiling(value);
        return up - 0.5 > value ? up - 1.0 : up;
    }
}
