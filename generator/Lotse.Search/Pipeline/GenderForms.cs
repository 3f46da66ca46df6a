namespace Lotse.Search.Pipeline;

/// <summary>
/// "lotse-gender", at indexing and searching, after the trimmer: gender forms reach their base word. A form with a
/// gender sign ("ansprechpartner:innen", "bürger*innen", "nutzer_innen", "kolleg/in", "bürger·innen") becomes the base
/// word alone; a word that ends in "erinnen" or "erin" after at least four letters ("bürgerinnen", the binnen-I
/// "BürgerInnen" once lower-cased, "sachbearbeiterin") is kept and the base word ("bürger") is added. Lower-case
/// tokens, as lunr's tokenizer makes them.
/// </summary>
public sealed class GenderForms : PipelineFunction
{
    public override string Label => "lotse-gender";

    public override bool IsContextFree => true;

    private const int MinimumBaseLength = 4;

    public override void Apply(IReadOnlyList<string> tokens, int index, List<string> output)
    {
        var token = tokens[index];
        var sign = SignedBaseLength(token);
        if (sign > 0)
        {
            output.Add(token[..sign]);
            return;
        }
        output.Add(token);
        if (Base(token) is { } baseWord)
        {
            output.Add(baseWord);
        }
    }

    /// <summary>The length of the base word before a gender sign and "in"/"innen" at the end, else 0.</summary>
    public static int SignedBaseLength(string token)
    {
        var ending = token.EndsWith("innen", StringComparison.Ordinal) ? 5 : token.EndsWith("in", StringComparison.Ordinal) ? 2 : 0;
        if (ending == 0)
        {
            return 0;
        }
        var signAt = token.Length - ending - 1;
        return signAt >= MinimumBaseLength && token[signAt] is ':' or '*' or '_' or '/' or '\u00B7' ? signAt : 0;
    }

    /// <summary>"bürgerinnen" → "bürger", "sachbearbeiterin" → "sachbearbeiter"; else null.</summary>
    public static string? Base(string token)
    {
        var ending = token.EndsWith("erinnen", StringComparison.Ordinal) ? 5 : token.EndsWith("erin", StringComparison.Ordinal) ? 2 : 0;
        if (ending == 0 || token.Length - ending < MinimumBaseLength + 2)
        {
            return null;
        }
        foreach (var c in token)
        {
            if (!char.IsLetter(c))
            {
                return null;
            }
        }
        return token[..^ending];
    }
}
