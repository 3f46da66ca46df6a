using Microsoft.Win32.SafeHandles;

namespace Lotse.Blocks.Output;

/// <summary>
/// Opens a file to write it from the start: created when it is not there, emptied only when it holds bytes.
/// <c>FileMode.Create</c> empties every file, also a new one (.NET calls <c>ftruncate(0)</c> after opening it), and on
/// ext4 a file emptied so is written to disk when it is closed (its "replace by truncate" safety), so each of a build's
/// 30,000 new files made the build wait for the disk in <c>close</c> (about 2.5 % of the CPU of a 10k-page build in
/// <c>perf</c>, all of it in the writing threads).
/// </summary>
internal static class EmptyFile
{
    /// <param name="share">What others may do with the file meanwhile (a file shared for reading is not locked: one system
    /// call less).</param>
    public static SafeFileHandle Open(string path, FileShare share = FileShare.Read)
    {
        var file = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.Write, share);
        try
        {
            if (RandomAccess.GetLength(file) > 0) RandomAccess.SetLength(file, 0);
            return file;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>A stream that writes the emptied file (unbuffered unless <paramref name="bufferSize"/> says otherwise).</summary>
    public static FileStream Stream(string path, int bufferSize = 0) => new(Open(path), FileAccess.Write, bufferSize);
}
