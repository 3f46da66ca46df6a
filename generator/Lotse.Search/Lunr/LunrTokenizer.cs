using System.Text;

namespace Lotse.Search.Lunr;

/// <summary>
/// lunr.tokenizer for strings: lower-cases the text like JavaScript's toLowerCase and splits it on
/// lunr.tokenizer.separator, /[\s\-]+/, one UTF-16 code unit at a time.
/// </summary>
public static class LunrTokenizer
{
    public static List<string> Tokenize(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }
        var lower = JavaScriptText.ToLowerCase(text);
        var sliceStart = 0;
        for (var sliceEnd = 0; sliceEnd <= lower.Length; sliceEnd++)
        {
            if (sliceEnd == lower.Length || IsSeparator(lower[sliceEnd]))
            {
                if (sliceEnd > sliceStart)
                {
                    tokens.Add(lower.Substring(sliceStart, sliceEnd - sliceStart));
                }
                sliceStart = sliceEnd + 1;
            }
        }
        return tokens;
    }

    public static bool IsSeparator(char c) => c == '-' || JavaScriptText.IsWhiteSpace(c);
}
