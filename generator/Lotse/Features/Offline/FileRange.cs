using Microsoft.Win32.SafeHandles;

namespace Lotse.Features.Offline;

/// <summary>Copies a range of an open file to a stream in pieces of 64 KB (no array of the range's size): the archive's
/// data from its temporary file (<see cref="ArchiveSpool"/>), a big file's DEFLATE data from the written archive
/// (<see cref="ArchivedDeflates"/>).</summary>
internal static class FileRange
{
    /// <exception cref="IOException">The file ends before the range does.</exception>
    public static void CopyTo(SafeFileHandle file, long offset, int length, Stream target)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            for (var done = 0; done < length;)
            {
                var read = RandomAccess.Read(file, buffer.AsSpan(0, Math.Min(buffer.Length, length - done)), offset + done);
                if (read == 0) throw new IOException("The file ended before the range to copy did.");
                target.Write(buffer, 0, read);
                done += read;
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
