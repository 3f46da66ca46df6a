using Lotse.Search.Pipeline;

namespace Lotse.Search.German;

/// <summary>lunr.de.stemmer ("stemmer-de") as a pipeline step.</summary>
public sealed class GermanStemmerFunction : PipelineFunction
{
    private readonly GermanStemmer _stemmer = new();

    public override string Label => "stemmer-de";

    public string Stem(string word) => _stemmer.Stem(word);

    public override void Apply(IReadOnlyList<string> tokens, int index, List<string> output) =>
        output.Add(_stemmer.Stem(tokens[index]));
}
