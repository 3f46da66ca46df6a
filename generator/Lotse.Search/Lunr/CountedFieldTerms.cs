namespace Lotse.Search.Lunr;

/// <summary>The terms of one field of a document as <see cref="LunrIndexBuilder.AddCountedTerms"/> takes them: the distinct
/// terms in the order they first occur, how often each occurs, and how many terms the field has in all.</summary>
internal readonly record struct CountedFieldTerms(string[] Terms, int[] Counts, int Length)
{
    private static readonly CountedFieldTerms None = new([], [], 0);

    /// <summary>Counts the tokens of fields, one field at a time, in buffers it reuses (one thread at a time).</summary>
    internal sealed class Counter
    {
        private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);
        private readonly List<string> _terms = [];
        private readonly List<int> _counts = [];

        public CountedFieldTerms Count(List<string> tokens)
        {
            if (tokens.Count == 0)
            {
                return None;
            }
            _positions.Clear();
            _terms.Clear();
            _counts.Clear();
            foreach (var token in tokens)
            {
                if (_positions.TryGetValue(token, out var position))
                {
                    _counts[position]++;
                    continue;
                }
                _positions.Add(token, _terms.Count);
                _terms.Add(token);
                _counts.Add(1);
            }
            return new CountedFieldTerms(_terms.ToArray(), _counts.ToArray(), tokens.Count);
        }
    }
}
