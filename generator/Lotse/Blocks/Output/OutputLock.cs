using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text;

namespace Lotse.Blocks.Output;

/// <summary>One build per output folder: a lock file next to it (<c>.site.lotse-lock</c>), held with an exclusive
/// file lock while a build writes. The operating system releases the lock when the process ends, however it ends,
/// so the lock of a killed build is taken over without asking. <c>lotse serve</c> holds it for its whole run
/// (<see cref="TakeForSession"/>), so a <c>lotse build</c> into the same folder is refused meanwhile.</summary>
public sealed class OutputLock : IDisposable
{
    private static readonly ConcurrentDictionary<string, OutputLock> Sessions = new(StringComparer.Ordinal);

    private readonly FileStream? _file;
    private readonly string _key;

    private OutputLock(FileStream? file, string key)
    {
        _file = file;
        _key = key;
    }

    public static string FileFor(string outputFolder)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        return Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.lotse-lock");
    }

    /// <summary>Takes the lock for one build; null when another process (or another build in this one) holds it, with
    /// <paramref name="holder"/> saying who. Within a <see cref="TakeForSession"/> of this process it is already held.</summary>
    public static OutputLock? Take(string outputFolder, out string holder)
    {
        holder = "";
        var file = FileFor(outputFolder);
        if (Sessions.ContainsKey(file)) return new OutputLock(null, "");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        FileStream stream;
        try
        {
            // On Unix, .NET takes an exclusive flock for FileShare.None: released by the kernel when the process dies.
            stream = new FileStream(file, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (e.HResult is 11 or 32 || e.Message.Contains("being used by another process", StringComparison.Ordinal))
        {
            holder = Holder(file);
            return null;
        }
        stream.SetLength(0);
        var pid = Encoding.ASCII.GetBytes($"{Environment.ProcessId}\n");
        stream.Write(pid);
        stream.Flush();
        return new OutputLock(stream, file);
    }

    /// <summary>Holds the lock until disposed; builds of this process in between use it (<c>lotse serve</c>).</summary>
    public static OutputLock? TakeForSession(string outputFolder, out string holder)
    {
        var taken = Take(outputFolder, out holder);
        if (taken?._file is null) return taken is null ? null : new OutputLock(null, "");
        Sessions[taken._key] = taken;
        return taken;
    }

    public void Dispose()
    {
        if (_file is null) return;
        Sessions.TryRemove(_key, out _);
        _file.Dispose(); // the lock file stays: removing it could let two builds lock two different files
    }

    /// <summary>"process 1234" as written by the holder; read with the C library, since .NET's own open would ask
    /// for the lock too.</summary>
    private static string Holder(string file)
    {
        try
        {
            if (OperatingSystem.IsWindows()) return "another process";
            var fd = Open(file, 0);
            if (fd < 0) return "another process";
            try
            {
                var buffer = new byte[32];
                var read = Read(fd, buffer, buffer.Length);
                var text = read > 0 ? Encoding.ASCII.GetString(buffer, 0, (int)read).Trim() : "";
                return text.Length > 0 && text.All(char.IsAsciiDigit) ? $"process {text}" : "another process";
            }
            finally
            {
                _ = Close(fd);
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return "another process";
        }
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "read", SetLastError = true)]
    private static extern nint Read(int fd, byte[] buffer, nint count);

    [DllImport("libc", EntryPoint = "close")]
    private static extern int Close(int fd);
}
