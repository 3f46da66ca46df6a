namespace Lotse.Search.Pipeline;

/// <summary>An ordered list of pipeline functions, run like lunr.Pipeline.prototype.run.</summary>
public sealed class TokenPipeline(IReadOnlyList<PipelineFunction> functions)
{
    public IReadOnlyList<PipelineFunction> Functions { get; } = functions;

    public IReadOnlyList<string> Labels => Functions.Select(f => f.Label).ToArray();

    public List<string> Run(List<string> tokens)
    {
        foreach (var function in Functions)
        {
            var output = new List<string>(tokens.Count);
            for (var i = 0; i < tokens.Count; i++)
            {
                function.Apply(tokens, i, output);
            }
            tokens = output;
        }
        return tokens;
    }

    /// <summary>Like lunr's Pipeline.runString: the whole string is one token.</summary>
    public List<string> RunString(string text) => Run([text]);
}
