using System.Runtime.CompilerServices;
using Lotse.Search.German;

namespace Lotse.Search.Pipeline;

/// <summary>
/// "lotse-synonyms", at indexing only, after the stop-word filter: where a member of a glossary group
/// ends ("Kfz", "Kraftfahrzeug", "Auto"), the group's token is indexed too. The search
/// page adds the same token to a query that contains a member, so all members find each other.
/// Words are compared by <see cref="Key"/>, so inflected forms match.
/// </summary>
public sealed class SynonymTagger : PipelineFunction
{
    private readonly GermanStemmer _stemmer = new();
    // Per word: its key and the members that end with that key (null: none).
    private readonly Dictionary<string, (string Key, List<(SynonymGroup Group, IReadOnlyList<string> Member)>? Candidates)> _words =
        new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(SynonymGroup Group, IReadOnlyList<string> Member)>> _byLastKey =
        new(StringComparer.Ordinal);

    private IReadOnlyList<string>? _keyedTokens;
    private string[] _keys = [];
    private List<(SynonymGroup Group, IReadOnlyList<string> Member)>?[] _candidates = [];

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
    public string Key(string word) => Look(word).Key;

    private (string Key, List<(SynonymGroup Group, IReadOnlyList<string> Member)>? Candidates) Look(string word)
    {
        if (!_words.TryGetValue(word, out var entry))
        {
            var key = UmlautFolding.Fold(_stemmer.Stem(word));
            entry = (key, _byLastKey.GetValueOrDefault(key));
            _words[word] = entry;
        }
        return entry;
    }

    internal override void ForgetTokens() => _keyedTokens = null;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override void Apply(IReadOnlyList<string> tokens, int index, List<string> output)
    {
        output.Add(tokens[index]);
        if (!ReferenceEquals(tokens, _keyedTokens))
        {
            if (_keys.Length < tokens.Count)
            {
                _keys = new string[Math.Max(tokens.Count, _keys.Length * 2)];
                _candidates = new List<(SynonymGroup Group, IReadOnlyList<string> Member)>?[_keys.Length];
            }
            for (var i = 0; i < tokens.Count; i++)
            {
                (_keys[i], _candidates[i]) = Look(tokens[i]);
            }
            _keyedTokens = tokens;
        }
        if (_candidates[index] is not { } candidates)
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
