using Lotse.Search.German;

namespace Lotse.Search.Pipeline;

/// <summary>
/// "lotse-synonyms", at indexing only, after the stop-word filter: where a member of a glossary group
/// ends ("BundID", "Nutzerkonto Bund", "DeutschlandID"), the group's token is indexed too. The search
/// page adds the same token to a query that contains a member, so all members find each other.
/// Words are compared by <see cref="Key"/>, so inflected forms match.
/// </summary>
public sealed class SynonymTagger : PipelineFunction
{
    private readonly GermanStemmer _stemmer = new();
    private readonly Dictionary<string, string> _keyCache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(SynonymGroup Group, IReadOnlyList<string> Member)>> _byLastKey =
        new(StringComparer.Ordinal);

    private IReadOnlyList<string>? _keyedTokens;
    private string[] _keys = [];

    public SynonymTagger(IReadOnlyList<SynonymGroup> groups)
    {
        Groups = groups;
        foreach (var group in groups)
        {
            foreach (var member in group.Members)
            {
                if (member.Count == 0)
                {
                    continue;
                }
                if (!_byLastKey.TryGetValue(member[^1], out var list))
                {
                    list = [];
                    _byLastKey[member[^1]] = list;
                }
                list.Add((group, member));
            }
        }
    }

    public override string Label => "lotse-synonyms";

    public IReadOnlyList<SynonymGroup> Groups { get; }

    /// <summary>The key of a trimmed, lower-case word: stemmed and folded.</summary>
    public string Key(string word)
    {
        if (!_keyCache.TryGetValue(word, out var key))
        {
            key = UmlautFolding.Fold(_stemmer.Stem(word));
            _keyCache[word] = key;
        }
        return key;
    }

    public override void Apply(IReadOnlyList<string> tokens, int index, List<string> output)
    {
        output.Add(tokens[index]);
        if (!ReferenceEquals(tokens, _keyedTokens))
        {
            _keys = new string[tokens.Count];
            for (var i = 0; i < tokens.Count; i++)
            {
                _keys[i] = Key(tokens[i]);
            }
            _keyedTokens = tokens;
        }
        if (!_byLastKey.TryGetValue(_keys[index], out var candidates))
        {
            return;
        }
        string? emitted = null;
        foreach (var (group, member) in candidates)
        {
            if (group.Token == emitted || !EndsAt(member, index))
            {
                continue;
            }
            output.Add(group.Token);
            emitted = group.Token;
        }
    }

    private bool EndsAt(IReadOnlyList<string> member, int index)
    {
        var start = index - member.Count + 1;
        if (start < 0)
        {
            return false;
        }
        for (var i = 0; i < member.Count; i++)
        {
            if (_keys[start + i] != member[i])
            {
                return false;
            }
        }
        return true;
    }
}
