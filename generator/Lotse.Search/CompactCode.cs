using System.Text;

namespace Lotse.Search;

/// <summary>
/// Whole numbers as text in Lotse's compact index (<see cref="CompactIndexSerializer"/>): base 32, most significant
/// digit first, every digit one character that needs no escaping in JSON or in an inline script; the last digit of a
/// number is taken from the first 32 characters of <see cref="Alphabet"/>, the others from the last 32, so numbers
/// follow each other without separators. 0–31 take one character, up to 1023 two, up to 32767 three.
/// lunr-lotse.js (<c>lunr.lotse.decoder</c>) reads them back.
/// </summary>
public static class CompactCode
{
    public const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

    public static void Write(StringBuilder output, int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        Span<char> digits = stackalloc char[7];
        var start = digits.Length;
        digits[--start] = Alphabet[value & 31];
        value >>= 5;
        while (value > 0)
        {
            digits[--start] = Alphabet[32 + (value & 31)];
            value >>= 5;
        }
        output.Append(digits[start..]);
    }

    /// <summary>Reads the numbers of <paramref name="text"/> (for tests).</summary>
    public static IReadOnlyList<int> ReadAll(string text)
    {
        var values = new List<int>();
        var value = 0;
        foreach (var c in text)
        {
            var digit = Alphabet.IndexOf(c);
            if (digit < 0)
            {
                throw new FormatException($"'{c}' is not a digit of the compact code.");
            }
            value = value * 32 + (digit & 31);
            if (digit < 32)
            {
                values.Add(value);
                value = 0;
            }
        }
        return values;
    }
}
