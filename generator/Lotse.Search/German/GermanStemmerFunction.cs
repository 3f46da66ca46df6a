using Lotse.Search.Pipeline;

namespace Lotse.Search.German;

/// <summary>lunr.de.stemmer ("stemmer-de") as a pipeline step.</summary>
public sealed class GermanStemmerFunction : PipelineFunction
{
    private readonly GermanStemmer _stemmer = new();
    private readonly Dictionary<string, string> _stems = new(StringComparer.Ordinal);

    public override string Label => "stemmer-de";

    public override bool IsContextFree => true;

    /// <summary>The stem of a word; words repeat a lot in text, so stems are remembered per instance.</summary>
    public string Stem(string word)
    {
        if (!_stems.TryGetValue(word, out var stem))
        {
            stem = _stemmer.Stem(word);
            _stems[word] = stem;
        }
        return stem;
    }

    public override void Apply(IReadOnlyList<string> tokens, int index, List<string> output) =>
        output.Add(Stem(tokens[index]));
}
