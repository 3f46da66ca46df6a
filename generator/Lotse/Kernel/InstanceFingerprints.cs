using System.Runtime.CompilerServices;

namespace Lotse.Kernel;

/// <summary>
/// Fingerprints remembered per instance for <c>lotse serve</c>: a rebuild takes unchanged pages from the previous build
/// (the very same texts and documents, the build cache), so what it would hash again it finds here. Held weakly:
/// an entry goes with its text or document.
/// </summary>
public sealed class InstanceFingerprints
{
    private readonly ConditionalWeakTable<object, StrongBox<UInt128>> _known = new();
    private readonly ConditionalWeakTable<Metadata, StrongBox<UInt128>> _public = new();

    /// <summary>The same as <c>new Fingerprint().Add(text).Value</c>.</summary>
    public UInt128 Of(string text) => _known.GetValue(text, t => new StrongBox<UInt128>(new Fingerprint().Add((string)t).Value)).Value;

    /// <summary>The same as <c>new Fingerprint().Add(document).Value</c> (documents and their metadata never change).</summary>
    public UInt128 Of(Document document) => _known.GetValue(document, d => new StrongBox<UInt128>(new Fingerprint().Add((Document)d).Value)).Value;

    /// <summary>The same as <c>new Fingerprint().Add(metadata, IsPublic).Value</c>: the pairs of the page's own
    /// values, without Lotse's internal ones (<c>lotse.*</c>).</summary>
    public UInt128 OfPublic(Metadata metadata) =>
        _public.GetValue(metadata, m => new StrongBox<UInt128>(new Fingerprint().Add(m, IsPublic).Value)).Value;

    /// <summary>A document's place and its own values: its paths and <see cref="OfPublic"/>; made once per document.</summary>
    public UInt128 OfPlace(Document page) =>
        _place.GetValue(page, p => new StrongBox<UInt128>(new Fingerprint().Add(p.SourcePath).Add(p.OutputPath).Add(OfPublic(p.Metadata)).Value)).Value;

    private readonly ConditionalWeakTable<Document, StrongBox<UInt128>> _place = new();

    public static bool IsPublic(string key) => !key.StartsWith("lotse.", StringComparison.Ordinal);
}
