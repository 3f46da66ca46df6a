namespace Lotse.Output;

/// <summary>Writes a file only when its bytes differ from what is there, so a rebuild in place leaves
/// unchanged files (and their times) alone; a changed file is replaced whole (<see cref="WholeFile"/>).</summary>
public static class ChangedFile
{
    public static void Write(string path, byte[] bytes)
    {
        var existing = new FileInfo(path);
        if (existing.Exists && existing.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes)) return;
        WholeFile.Write(path, bytes);
    }
}
