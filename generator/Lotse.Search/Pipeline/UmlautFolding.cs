using System.Text;

namespace Lotse.Search.Pipeline;

/// <summary>
/// "lotse-fold", after the stemmer: the stemmer already turns ä/ö/ü into a/o/u and ß into ss, so
/// folding the transliterations ae/oe/ue the same way makes Behörde, Behoerde and Behorde one term.
/// </summary>
public sealed class UmlautFolding : PipelineFunction
{
    public override string Label => "lotse-fold";

    public override bool IsContextFree => true;

    public static string Fold(string stemmed) =>
        stemmed.Contains('e') ? stemmed.Replace("ae", "a").Replace("oe", "o").Replace("ue", "u") : stemmed;

    /// <summary>
    /// What a partly typed word must look like to be a prefix of indexed terms: lower case, umlauts
    /// and ß written as the stemmer writes them, then folded (used for prefix queries, which skip the pipeline).
    /// </summary>
    public static string PrefixForm(string lowerCaseWord)
    {
        var builder = new StringBuilder(lowerCaseWord.Length + 2);
        foreach (var c in lowerCaseWord)
        {
            switch (c)
            {
                case 'ä':
                    builder.Append('a');
                    break;
                case 'ö':
                    builder.Append('o');
                    break;
                case 'ü':
                    builder.Append('u');
                    break;
                case 'ß':
                    builder.Append("ss");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }
        return Fold(builder.ToString());
    }

    public override void Apply(IReadOnlyList<string> tokens, int index, List<string> output) =>
        output.Add(Fold(tokens[index]));
}
