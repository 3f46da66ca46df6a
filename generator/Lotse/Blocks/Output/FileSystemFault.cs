using System.Text.RegularExpressions;
using Lotse.Blocks.Diagnostics;

namespace Lotse.Blocks.Output;

/// <summary>Turns what the file system refuses (disk full, read-only, permission denied, name too long, not a folder,
/// too many symbolic links, a file that vanished) into a diagnostic naming the path and what to do. Exit code 70
/// stays for real bugs in Lotse.</summary>
public static partial class FileSystemFault
{
    /// <summary>The file-system error inside <paramref name="e"/> (also inside an <see cref="AggregateException"/> of a
    /// parallel loop), or null when it is not one.</summary>
    public static Exception? Find(Exception e) => e switch
    {
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.Select(Find).FirstOrDefault(x => x is not null),
        IOException or UnauthorizedAccessException => e,
        _ when e.InnerException is { } inner && e is not OperationCanceledException => Find(inner),
        _ => null,
    };

    /// <summary>Reports a file-system error as a diagnostic; <paramref name="fallbackPath"/> when the error names no path.</summary>
    /// <param name="shown">Maps a path in the staging folder to the output path it stands for.</param>
    public static void Report(Exception fault, string fallbackPath, DiagnosticBag diagnostics, Func<string, string>? shown = null)
    {
        var (code, path, message) = Describe(fault, fallbackPath);
        diagnostics.Error(code, shown?.Invoke(path) ?? path, 0, 0, message);
    }

    public static (string Code, string Path, string Message) Describe(Exception fault, string fallbackPath)
    {
        var path = PathIn(fault.Message) ?? fallbackPath;
        var errno = Errno(fault);
        const string Kept = "The previous site is unchanged";
        return errno switch
        {
            28 or 122 => (DiagnosticCodes.DiskFull, path, $"The disk is full (no space left on device). {Kept}. Free some space or choose an output folder on another disk"),
            30 => (DiagnosticCodes.FileSystemReadOnly, path, $"The file system is read-only. {Kept}. Choose an output folder on a writable disk"),
            13 or 1 => (DiagnosticCodes.PermissionDenied, path, $"Permission denied. {Kept}. Give the build access to this path or choose another output folder"),
            36 => (DiagnosticCodes.PathTooLong, path, $"The path or a name in it is too long for the file system. {Kept}. Choose a shorter output folder or shorter file names"),
            20 or 17 => (DiagnosticCodes.NotADirectory, path, $"A part of this path is a file, not a folder. {Kept}. Remove or rename that file, or choose another output folder"),
            40 => (DiagnosticCodes.SymlinkLoop, path, $"Too many levels of symbolic links (a link loop). {Kept}. Fix or remove the symbolic link"),
            2 => (DiagnosticCodes.FileVanished, path, $"The file or folder vanished while the build was using it. {Kept}. Build again"),
            _ => (DiagnosticCodes.FileSystemError, path, $"The file system reported an error ({fault.Message.TrimEnd('.')}). {Kept}. Check the disk and build again"),
        };
    }

    /// <summary>The C library's error number behind the exception (.NET puts it in HResult on Unix).</summary>
    private static int Errno(Exception fault)
    {
        switch (fault)
        {
            case PathTooLongException: return 36;
            case FileNotFoundException or DirectoryNotFoundException: return 2;
            case UnauthorizedAccessException { InnerException: IOException inner } when IsErrno(inner.HResult): return inner.HResult;
            case UnauthorizedAccessException: return 13;
        }
        if (IsErrno(fault.HResult)) return fault.HResult;
        var message = fault.Message;
        if (message.Contains("No space left", StringComparison.OrdinalIgnoreCase) || message.Contains("Disk quota", StringComparison.OrdinalIgnoreCase)) return 28;
        if (message.Contains("Read-only file system", StringComparison.OrdinalIgnoreCase)) return 30;
        if (message.Contains("Not a directory", StringComparison.OrdinalIgnoreCase)) return 20;
        if (message.Contains("Too many levels of symbolic links", StringComparison.OrdinalIgnoreCase)) return 40;
        if (message.Contains("name too long", StringComparison.OrdinalIgnoreCase)) return 36;
        return 0;
    }

    private static bool IsErrno(int value) => value is > 0 and < 4096;

    private static string? PathIn(string message) => QuotedPath().Match(message) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex("'(/[^']*)'")]
    private static partial Regex QuotedPath();
}
