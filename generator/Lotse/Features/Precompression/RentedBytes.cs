using System.Buffers;

namespace Lotse.Features.Precompression;

/// <summary>
/// Bytes at the start of an array from <see cref="ArrayPool{T}.Shared"/>, given back when disposed. The precompression of
/// a 10k-page site reads about 310 MB of files and makes about 90 MB of Brotli copies; from the pool each core reuses the
/// same few arrays instead of the collector clearing and collecting new ones for every file.
/// </summary>
/// <remarks>Arrays of more than <see cref="PooledMax"/> bytes (the search shards and Gesamtausgaben, a few files of 13-154 MB)
/// are made to their exact length instead: the pool rounds up to a power of two (a 154 MB shard of 50k pages took a 256 MB
/// array, its Brotli copy a 128 MB one) and kept them, one set a core, until the build ended.</remarks>
internal readonly struct RentedBytes : IDisposable
{
    /// <summary>The longest array taken from the pool (a page's bytes and copies are far below it).</summary>
    public const int PooledMax = 1 << 20;

    private readonly byte[] _array;
    private readonly bool _pooled;

    private RentedBytes(byte[] array, int length, bool pooled)
    {
        _array = array;
        Length = length;
        _pooled = pooled;
    }

    public int Length { get; }

    public ReadOnlySpan<byte> Span => _array.AsSpan(0, Length);

    public ReadOnlyMemory<byte> Memory => _array.AsMemory(0, Length);

    /// <summary>The bytes to write into (the array is rented by one owner, never shared).</summary>
    public Span<byte> Writable => _array.AsSpan(0, Length);

    public static RentedBytes Rent(int length) => length > PooledMax
        ? new(GC.AllocateUninitializedArray<byte>(length), length, pooled: false)
        : new(ArrayPool<byte>.Shared.Rent(length), length, pooled: true);

    /// <summary>The whole array (at least <see cref="Length"/> bytes), to fill.</summary>
    public byte[] Array => _array;

    /// <summary>A whole file, read into a rented array.</summary>
    public static RentedBytes ReadFile(string path)
    {
        using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var length = checked((int)RandomAccess.GetLength(file));
        var bytes = Rent(length);
        var read = 0;
        while (read < length && RandomAccess.Read(file, bytes._array.AsSpan(read, length - read), read) is var n and > 0) read += n;
        return bytes.Take(read);
    }

    /// <summary>The same array, with only its first <paramref name="length"/> bytes meant.</summary>
    public RentedBytes Take(int length) => new(_array, length, _pooled);

    public void Dispose()
    {
        if (_pooled) ArrayPool<byte>.Shared.Return(_array);
    }
}
