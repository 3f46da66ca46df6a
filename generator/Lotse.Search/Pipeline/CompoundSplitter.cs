using System.Runtime.CompilerServices;
namespace Lotse.Search.Pipeline;

/// <summary>
/// "lotse-compound", at indexing only, before the stemmer: a compound such as "bauantrag" or
/// "bauantrags" is indexed as itself and also by every head word that the lexicon knows ("konto",
/// "antrags"), so that searching a part finds the compound. A head must have at least
/// <see cref="MinimumHeadLength"/> letters, the part before it at least <see cref="MinimumModifierLength"/>
/// letters and must not be a bare verb prefix (ver|fahren is not a compound).
/// </summary>
public sealed class CompoundSplitter : PipelineFunction
{
    public const int MinimumHeadLength = 4;
    public const int MinimumModifierLength = 3;

    /// <summary>The longest head a lexicon keeps (<see cref="CompoundLexicon"/> leaves longer words out): only the last
    /// letters of a token can be a head, so splitting a token costs the same whatever its length (a 2-million-letter
    /// title was split at every position, each hashing the rest of the word: quadratic, the build hung).</summary>
    public const int MaximumHeadLength = 64;

    /// <summary>Endings a head may carry beyond its lexicon form (Kontos, Anträge are found via Konto, Anträg-).</summary>
    private static readonly string[] InflectionEndings = ["s", "es", "n", "en", "e", "er", "ern", "ns"];

    private static readonly HashSet<string> VerbPrefixes = new(
        ["ver", "zer", "ent", "emp", "miss", "auf", "aus", "ein", "vor", "über", "unter", "durch", "wider", "wieder",
         "zurück", "bei", "nach", "mit", "her", "hin", "weg", "los", "ab", "an", "be", "ge", "er", "un", "ur", "zu", "um"],
        StringComparer.Ordinal);

    private static readonly int LongestVerbPrefix = VerbPrefixes.Max(p => p.Length);

    private static readonly int LongestEnding = InflectionEndings.Max(e => e.Length);

    private readonly Dictionary<string, string[]> _heads = new(StringComparer.Ordinal);
    private readonly HashSet<string> _lexicon;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lexiconLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _verbPrefixLookup = VerbPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();

    public CompoundSplitter(IEnumerable<string> lexicon)
    {
        _lexicon = new HashSet<string>(lexicon, StringComparer.Ordinal);
        _lexiconLookup = _lexicon.GetAlternateLookup<ReadOnlySpan<char>>();
        _longestHead = _lexicon.Count == 0 ? 0 : _lexicon.Max(h => h.Length) + LongestEnding;
    }

    /// <summary>The longest head that can be known (the longest lexicon word with the longest ending).</summary>
    private readonly int _longestHead;

    public override string Label => "lotse-compound";

    public override bool IsContextFree => true;

    /// <summary>How many heads the lexicon has.</summary>
    public int LexiconCount => _lexicon.Count;

    /// <summary>The lexicon, sorted ordinally (for the browser-side twin and for tests).</summary>
    public IReadOnlyList<string> SortedLexicon => _lexicon.Order(StringComparer.Ordinal).ToArray();

    public override void Apply(IReadOnlyList<string> tokens, int index, List<string> output)
    {
        var token = tokens[index];
        output.Add(token);
        if (token.Length < MinimumModifierLength + MinimumHeadLength)
        {
            return;
        }
        if (!_heads.TryGetValue(token, out var heads))
        {
            heads = FindHeads(token);
            _heads[token] = heads;
        }
        output.AddRange(heads);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string[] FindHeads(string token)
    {
        List<string>? heads = null;
        // A head is letters only: start after the last character that is not one.
        var firstPossible = MinimumModifierLength;
        for (var i = token.Length - 1; i >= 0; i--)
        {
            if (!IsGermanLetter(token[i]))
            {
                firstPossible = Math.Max(firstPossible, i + 1);
                break;
            }
        }
        // A head longer than any the lexicon can know is not looked up: hashing it costs its length.
        firstPossible = Math.Max(firstPossible, token.Length - _longestHead);
        for (var split = firstPossible; split <= token.Length - MinimumHeadLength; split++)
        {
            if (split <= LongestVerbPrefix && _verbPrefixLookup.Contains(token.AsSpan(0, split)))
            {
                continue;
            }
            var head = token.AsSpan(split);
            if (IsKnownHead(head))
            {
                (heads ??= []).Add(head.ToString());
            }
        }
        return heads is null ? [] : heads.ToArray();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsKnownHead(ReadOnlySpan<char> head)
    {
        if (_lexiconLookup.Contains(head))
        {
            return true;
        }
        foreach (var ending in InflectionEndings)
        {
            if (head.Length - ending.Length >= MinimumHeadLength && head.EndsWith(ending, StringComparison.Ordinal)
                && _lexiconLookup.Contains(head[..^ending.Length]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsGermanLetter(char c) => char.IsAsciiLetterLower(c) || c is 'ä' or 'ö' or 'ü' or 'ß';
}
