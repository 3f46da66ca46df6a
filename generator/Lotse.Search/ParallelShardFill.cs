using Lotse.Search.Lunr;

namespace Lotse.Search;

/// <summary>
/// Fills the builder of a big shard (a site without areas has one) on all cores: the documents are tokenized in small
/// chunks, each by the pipeline of the thread that takes it (they share the memo of tokens), and each chunk's terms are
/// added as soon as it and all chunks before it are done, by whichever thread finishes one and finds the builder free,
/// in document order: the same builder as one pipeline fills. No core waits for a batch to be added or for the slower
/// half of a batch, and few terms are held at a time (each field's terms are counted where they are tokenized, so that a
/// chunk holds each distinct term of a field once and adding them looks up only those).
/// </summary>
internal sealed class ParallelShardFill
{
    /// <summary>Documents a thread tokenizes at a time: small, so that the terms waiting to be added stay few (they are
    /// what a collection of the youngest generation would otherwise have to keep), large enough that taking one is cheap.</summary>
    private const int ChunkDocuments = 64;

    private readonly LunrIndexBuilder _builder;
    private readonly IReadOnlyList<SearchDocument> _docs;
    private readonly SearchDocument[]? _release;
    private readonly Chunk?[] _done;
    private readonly Lock _adding = new();
    private int _taken;
    private int _added;

    private ParallelShardFill(LunrIndexBuilder builder, IReadOnlyList<SearchDocument> docs, SearchDocument[]? release)
    {
        _builder = builder;
        _docs = docs;
        _release = release;
        _done = new Chunk?[(docs.Count + ChunkDocuments - 1) / ChunkDocuments];
    }

    /// <summary>Adds <paramref name="docs"/> to <paramref name="builder"/>, tokenized by as many <paramref name="tokenizers"/>
    /// (builders with equal pipelines) at once as there are; each document's element of <paramref name="release"/> becomes
    /// null once it is tokenized.</summary>
    public static void Run(LunrIndexBuilder builder, IReadOnlyList<SearchDocument> docs, SearchDocument[]? release, Func<LunrIndexBuilder> tokenizers, int parts)
    {
        var fill = new ParallelShardFill(builder, docs, release);
        Parallel.For(0, parts, _ => fill.Work(tokenizers()));
        // What no thread found ready when it last looked.
        fill.AddReady();
    }

    private void Work(LunrIndexBuilder tokenizer)
    {
        int chunk;
        while ((chunk = Interlocked.Increment(ref _taken) - 1) < _done.Length)
        {
            var start = chunk * ChunkDocuments;
            var count = Math.Min(ChunkDocuments, _docs.Count - start);
            var refs = new string[count];
            var terms = new CountedFieldTerms[count][];
            for (var i = 0; i < count; i++)
            {
                var doc = _docs[start + i];
                refs[i] = doc.Ref;
                terms[i] = tokenizer.TokenizeCounted(SearchFields.ValuesOf(doc));
                _release?[start + i] = null!;
            }
            Volatile.Write(ref _done[chunk], new Chunk(refs, terms));
            AddReady();
        }
    }

    /// <summary>Adds the chunks that are done, in order, unless another thread is adding (it then adds them).</summary>
    private void AddReady()
    {
        while (IsNextDone() && _adding.TryEnter())
        {
            try
            {
                while (IsNextDone())
                {
                    var chunk = _done[_added]!;
                    _done[_added] = null;
                    for (var i = 0; i < chunk.Refs.Length; i++)
                    {
                        _builder.AddCountedTerms(chunk.Refs[i], chunk.Terms[i]);
                    }
                    Volatile.Write(ref _added, _added + 1);
                }
            }
            finally
            {
                _adding.Exit();
            }
            // A chunk done while this thread was adding, by a thread that then found the builder taken, is added in the
            // next turn of the loop.
        }
    }

    private bool IsNextDone()
    {
        var next = Volatile.Read(ref _added);
        return next < _done.Length && Volatile.Read(ref _done[next]) is not null;
    }

    private sealed record Chunk(string[] Refs, CountedFieldTerms[][] Terms);
}
