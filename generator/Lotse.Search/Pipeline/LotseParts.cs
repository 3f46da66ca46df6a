using Lotse.Search.German;

namespace Lotse.Search.Pipeline;

/// <summary>
/// "lotse-parts": drops tokens the trimmer emptied (lunr would index them as the term "") and keeps
/// references with a slash findable as a whole and by their parts: "2021/24" gives "2021/24", "2021", "24".
/// </summary>
public sealed class LotseParts : PipelineFunction
{
    public override string Label => "lotse-parts";

    public override bool IsContextFree => true;

    public override void Apply(IReadOnlyList<string> tokens, int index, List<string> output)
    {
        var token = tokens[index];
        if (token.Length == 0)
        {
            return;
        }
        output.Add(token);
        if (token.IndexOf('/') < 0)
        {
            return;
        }
        foreach (var part in token.Split('/'))
        {
            var trimmed = GermanTrimmer.Trim(part);
            if (trimmed.Length > 0)
            {
                output.Add(trimmed);
            }
        }
    }
}
