namespace Lotse.Search.Lunr;

/// <summary>
/// The refs of some documents of an index, by document number, without copying them: the builder gives
/// every posting such lists over its one list of refs, and the serializer writes each ref's JSON once.
/// </summary>
internal sealed class LunrRefList(List<int> documents, List<string> refs) : IReadOnlyList<string>
{
    /// <summary>Document numbers, ascending.</summary>
    public List<int> Documents { get; } = documents;

    /// <summary>All refs of the index, by document number.</summary>
    public List<string> Refs { get; } = refs;

    public string this[int index] => Refs[Documents[index]];

    public int Count => Documents.Count;

    public IEnumerator<string> GetEnumerator()
    {
        foreach (var document in Documents)
        {
            yield return Refs[document];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
