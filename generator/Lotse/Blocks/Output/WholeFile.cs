namespace Lotse.Blocks.Output;

/// <summary>Replaces a file whole: writes a temporary file next to it and renames it over the old one, so that a
/// reader (the preview server of <c>lotse serve</c>, while a rebuild updates the output in place) gets the old file
/// or the new one, never a part.</summary>
internal static class WholeFile
{
    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        var temporary = Temporary(path);
        using (var file = EmptyFile.Open(temporary)) RandomAccess.Write(file, bytes, 0);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Streams a file too big to hold in memory: <paramref name="write"/> writes its <paramref name="length"/> bytes.</summary>
    public static void Write(string path, long length, Action<Stream> write)
    {
        var temporary = Temporary(path);
        using (var file = EmptyFile.Stream(temporary, 1 << 16))
        {
            file.SetLength(length);
            write(file);
        }
        File.Move(temporary, path, overwrite: true);
    }

    public static void Copy(string source, string path)
    {
        var temporary = Temporary(path);
        File.Copy(source, temporary, overwrite: true);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Next to the file (the same file system, so the rename is atomic), under a name no page links to.</summary>
    private static string Temporary(string path) => Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + ".lotse-part");
}
