using System.IO.Hashing;

namespace Lotse.Features.Offline;

/// <summary>Compares arrays by their bytes (a dictionary of byte strings).</summary>
internal sealed class SameBytes : IEqualityComparer<byte[]>
{
    public static readonly SameBytes Instance = new();

    public bool Equals(byte[]? x, byte[]? y) => ReferenceEquals(x, y) || (x is not null && y is not null && x.AsSpan().SequenceEqual(y));

    public int GetHashCode(byte[] bytes) => (int)XxHash3.HashToUInt64(bytes);
}
