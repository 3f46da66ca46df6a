using System.Runtime.CompilerServices;
using Lotse.Search.Pipeline;

namespace Lotse.Search.German;

/// <summary>
/// lunr.de.trimmer ("trimmer-de"): removes leading and trailing characters that are neither letters
/// of lunr.de.wordCharacters nor ASCII digits (lunr-languages 1.22 keeps digits).
/// </summary>
public sealed class GermanTrimmer : PipelineFunction
{
    /// <summary>The ranges of lunr.de.wordCharacters, plus 0-9 as generateTrimmer appends them.</summary>
    private static readonly (char From, char To)[] WordCharacterRanges =
    [
        ('A', 'Z'), ('a', 'z'), ('\u00AA', '\u00AA'), ('\u00BA', '\u00BA'), ('\u00C0', '\u00D6'), ('\u00D8', '\u00F6'),
        ('\u00F8', '\u02B8'), ('\u02E0', '\u02E4'), ('\u1D00', '\u1D25'), ('\u1D2C', '\u1D5C'), ('\u1D62', '\u1D65'),
        ('\u1D6B', '\u1D77'), ('\u1D79', '\u1DBE'), ('\u1E00', '\u1EFF'), ('\u2071', '\u2071'), ('\u207F', '\u207F'),
        ('\u2090', '\u209C'), ('\u212A', '\u212B'), ('\u2132', '\u2132'), ('\u214E', '\u214E'), ('\u2160', '\u2188'),
        ('\u2C60', '\u2C7F'), ('\uA722', '\uA787'), ('\uA78B', '\uA7AD'), ('\uA7B0', '\uA7B7'), ('\uA7F7', '\uA7FF'),
        ('\uAB30', '\uAB5A'), ('\uAB5C', '\uAB64'), ('\uFB00', '\uFB06'), ('\uFF21', '\uFF3A'), ('\uFF41', '\uFF5A'),
        ('0', '9'),
    ];

    public override string Label => "trimmer-de";

    public override bool IsContextFree => true;

    public static bool IsWordCharacter(char c)
    {
        if (char.IsAsciiLetterOrDigit(c))
        {
            return true;
        }
        if (c < '\u00AA')
        {
            return false;
        }
        foreach (var (from, to) in WordCharacterRanges)
        {
            if (c >= from && c <= to)
            {
                return true;
            }
        }
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Trim(string token)
    {
        var start = 0;
        while (start < token.Length && !IsWordCharacter(token[start]))
        {
            start++;
        }
        var end = token.Length;
        while (end > start && !IsWordCharacter(token[end - 1]))
        {
            end--;
        }
        return start == 0 && end == token.Length ? token : token.Substring(start, end - start);
    }

    public override void Apply(IReadOnlyList<string> tokens, int index, List<string> output) =>
        output.Add(Trim(tokens[index]));
}
