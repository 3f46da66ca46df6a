using System.Runtime.CompilerServices;

namespace Lotse.Kernel;

/// <summary>
/// The documents a check found nothing in, in an earlier build of <c>lotse serve</c>: a rebuild gets unchanged pages
/// as the very same instances (the build cache), and a check that depends on nothing but the document need not
/// look at them again. Held weakly: an entry goes with its document.
/// </summary>
internal sealed class CheckedDocuments
{
    private static readonly object Clean = new();
    private readonly ConditionalWeakTable<Document, object> _clean = new();

    public bool IsClean(Document document) => _clean.TryGetValue(document, out _);

    public void MarkClean(Document document) => _clean.TryAdd(document, Clean);
}
