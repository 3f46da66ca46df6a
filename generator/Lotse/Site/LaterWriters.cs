using System.Runtime.CompilerServices;
using Lotse.Kernel;

namespace Lotse.Site;

/// <summary>
/// In <c>lotse serve</c>: which feature writes each page later itself (<see cref="IFeature.WritesLater"/>), by page
/// instance. Asking the features scans every page's HTML for their placeholders, four searches through 10,000 pages on
/// every save; an unchanged page stays the same document from build to build and is not scanned again. Other settings
/// (lotse.yml) forget the answers.
/// </summary>
public sealed class LaterWriters
{
    private readonly Lock _gate = new();
    private ConditionalWeakTable<Document, StrongBox<IFeature?>> _byPage = new();
    private UInt128 _settings;

    /// <summary>For a page written at once with provisional bytes: the <see cref="IFeature.ProvisionalKey"/> then and the
    /// fingerprint of the bytes (as the output record notes a file's bytes), by page instance.</summary>
    public ConditionalWeakTable<Document, StrongBox<(UInt128 Key, UInt128 Bytes)>> Provisional { get; private set; } = new();

    /// <summary>The answers for pages built with these settings (<paramref name="settings"/>: their fingerprint).</summary>
    public ConditionalWeakTable<Document, StrongBox<IFeature?>> For(UInt128 settings)
    {
        lock (_gate)
        {
            if (settings != _settings)
            {
                _byPage = new();
                Provisional = new();
                _settings = settings;
            }
            return _byPage;
        }
    }
}
