using System.Runtime.InteropServices;

namespace Lotse.Blocks.Output;

/// <summary>What a path is, following links (a link to <c>/dev/zero</c> is a device): only regular files are read or
/// copied; a device, a named pipe or a socket would block the build or fill the disk.</summary>
public static class FileKind
{
    public enum Kind { Missing, Regular, Folder, Pipe, Socket, Device, Other }

    public static Kind Of(string path)
    {
        if (!OperatingSystem.IsLinux()) return File.Exists(path) ? Kind.Regular : Directory.Exists(path) ? Kind.Folder : Kind.Missing;
        var buffer = new byte[256];
        int result;
        try
        {
            result = Statx(AtFdCwd, path, 0, StatxType, buffer);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return File.Exists(path) ? Kind.Regular : Directory.Exists(path) ? Kind.Folder : Kind.Missing;
        }
        if (result != 0) return Kind.Missing;
        var mode = BitConverter.ToUInt16(buffer, 28) & 0xF000; // stx_mode, S_IFMT
        return mode switch
        {
            0x8000 => Kind.Regular,
            0x4000 => Kind.Folder,
            0x1000 => Kind.Pipe,
            0xC000 => Kind.Socket,
            0x2000 or 0x6000 => Kind.Device,
            _ => Kind.Other,
        };
    }

    /// <summary>Null for a regular file (or one that is missing: reading it reports that); otherwise what it is, for a message.</summary>
    public static string? NotRegular(string path) => Of(path) switch
    {
        Kind.Pipe or Kind.Socket => "it is a named pipe or socket",
        Kind.Device => "it is a device, such as /dev/zero",
        Kind.Other => "it is not a file",
        _ => null,
    };

    private const int AtFdCwd = -100;
    private const uint StatxType = 1;

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
}
