using System.Collections.Concurrent;
using Lotse.Kernel;

namespace Lotse.Blocks.Output;

/// <summary>What the output writer remembers from one build to the next in the same process (<c>lotse serve</c>):
/// which document each file was written from and which bytes a filled-in file has, so that a rebuild in place
/// writes only what changed.</summary>
public sealed class OutputRecord(InstanceFingerprints fingerprints)
{
    /// <summary>For each file in the output folder, by output path: the fingerprint of the document it was written from.</summary>
    public ConcurrentDictionary<string, UInt128> Written { get; } = new(StringComparer.Ordinal);

    /// <summary>For files written as bytes (pages with sizes filled in, the archive, the service worker): the fingerprint of
    /// the bytes on disk.</summary>
    public ConcurrentDictionary<string, UInt128> Filled { get; } = new(StringComparer.Ordinal);

    /// <summary>The files this process wrote into the output in place (besides those in the marker's list): Lotse's, not foreign.</summary>
    public ConcurrentDictionary<string, bool> Ours { get; } = new(StringComparer.Ordinal);

    /// <summary>True once a build has swapped in a complete output folder; later builds update it in place.</summary>
    public bool HasOutput { get; set; }

    public InstanceFingerprints Fingerprints { get; } = fingerprints;

    /// <summary>True when <paramref name="fingerprint"/> differs from what is known to be on disk at <paramref name="path"/>;
    /// remembers it as on disk (the caller writes it).</summary>
    public bool IsNew(string path, UInt128 fingerprint)
    {
        if (Filled.TryGetValue(path, out var onDisk) && onDisk == fingerprint) return false;
        Filled[path] = fingerprint;
        return true;
    }

    /// <summary>The fingerprint of a file's bytes as the written one is compared.</summary>
    public static UInt128 Of(IReadOnlyList<ReadOnlyMemory<byte>> pieces)
    {
        var hash = new System.IO.Hashing.XxHash128();
        foreach (var piece in pieces) hash.Append(piece.Span);
        return new Fingerprint().Add(hash.GetCurrentHashAsUInt128()).Value;
    }
}
