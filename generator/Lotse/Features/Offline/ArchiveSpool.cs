using Microsoft.Win32.SafeHandles;

namespace Lotse.Features.Offline;

/// <summary>
/// A temporary file that holds the offline archive's compressed data until the archive is written
/// (<see cref="ArchiveWithSize"/>): the archive can only be written once the size its pages state has settled, and until
/// then its data of a 10k-page site (about 90 MB; 450 MB at 50k pages) stayed in the heap while the rest of the build
/// ran. In the file it is the kernel's page cache, which gives it back when memory is short. Pieces are appended from
/// all cores. The file has no name once it is open (removed at once; on Windows when it is closed), so a killed build
/// leaves nothing behind.
/// </summary>
public sealed class ArchiveSpool : IDisposable
{
    private readonly SafeFileHandle _file;
    private long _end;

    private ArchiveSpool(SafeFileHandle file) => _file = file;

    /// <summary>A new spool in the system's folder for temporary files, or null when none can be made there (then the data
    /// stays in memory, as before).</summary>
    public static ArchiveSpool? TryCreate()
    {
        try
        {
            return Create();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>A new spool in the system's folder for temporary files.</summary>
    public static ArchiveSpool Create()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lotse-{Guid.NewGuid():N}.archive-spool");
        var file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose);
        if (!OperatingSystem.IsWindows()) File.Delete(path); // the open handle keeps the data
        return new ArchiveSpool(file);
    }

    /// <summary>Appends <paramref name="bytes"/> (from any thread) and tells where they are.</summary>
    public SpooledBytes Add(ReadOnlySpan<byte> bytes)
    {
        var at = Interlocked.Add(ref _end, bytes.Length) - bytes.Length;
        RandomAccess.Write(_file, bytes, at);
        return new SpooledBytes(this, at, bytes.Length);
    }

    /// <summary>Copies the bytes at <paramref name="offset"/> to <paramref name="stream"/>.</summary>
    internal void CopyTo(Stream stream, long offset, int length) => FileRange.CopyTo(_file, offset, length, stream);

    public void Dispose() => _file.Dispose();
}

/// <summary>Bytes in an <see cref="ArchiveSpool"/>.</summary>
public readonly record struct SpooledBytes(ArchiveSpool Spool, long Offset, int Length)
{
    public void CopyTo(Stream stream) => Spool.CopyTo(stream, Offset, Length);

    /// <summary>The bytes, read back (for a fingerprint; the archive itself is written with <see cref="CopyTo"/>).</summary>
    public byte[] ToArray()
    {
        using var bytes = new MemoryStream(Length);
        CopyTo(bytes);
        return bytes.ToArray();
    }
}
