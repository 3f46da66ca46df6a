using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Lotse.Blocks.Data;

/// <summary>
/// Opens a file for reading without ever waiting. On Linux a plain open of a named pipe (FIFO) blocks
/// until someone writes into it, which would hang the build; so Lotse opens with <c>O_NONBLOCK</c> and
/// treats anything that cannot seek (pipe, socket) as "not a regular file".
/// </summary>
internal static class NonBlockingFile
{
    private const int ReadOnly = 0, NonBlock = 0x800, CloseOnExec = 0x80000; // Linux values (x86-64 and arm64)
    private const int NoSuchFile = 2, PermissionDenied = 13, NotPermitted = 1;

    /// <summary>Opens <paramref name="path"/> for reading; null when it is a pipe, socket or other stream.
    /// Throws the usual <see cref="IOException"/>s (not found, no permission, …) otherwise.</summary>
    public static FileStream? OpenRead(string path)
    {
        if (!OperatingSystem.IsLinux()) return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        var fd = Open(path, ReadOnly | NonBlock | CloseOnExec);
        if (fd < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            var message = Marshal.GetPInvokeErrorMessage(errno);
            throw errno switch
            {
                NoSuchFile => new FileNotFoundException(message, path),
                PermissionDenied or NotPermitted => new UnauthorizedAccessException(message),
                _ => new IOException(message),
            };
        }
        var handle = new SafeFileHandle(fd, ownsHandle: true);
        FileStream stream;
        try
        {
            stream = new FileStream(handle, FileAccess.Read, 1);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
        if (stream.CanSeek) return stream;
        stream.Dispose();
        return null;
    }

    /// <summary>True when the path is a pipe, socket or similar stream (never blocks). Files that cannot be
    /// opened at all count as not special: reading them reports the real reason.</summary>
    public static bool IsSpecial(string path)
    {
        try
        {
            using var stream = OpenRead(path);
            return stream is null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);
}
