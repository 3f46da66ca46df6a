using Lotse.Blocks.Output;

namespace Lotse.Tests.Units;

/// <summary>Issue 26: the output writer opens its files without emptying a new one (on ext4, a file emptied by
/// FileMode.Create is written to disk on close); a file that holds bytes is still emptied first.</summary>
public sealed class EmptyFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lotse-emptyfile-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_new_file_holds_what_was_written()
    {
        var path = Path.Combine(_folder, "neu.html");
        using (var file = EmptyFile.Open(path)) RandomAccess.Write(file, "Seite"u8, 0);
        File.ReadAllText(path).ShouldBe("Seite");
    }

    [Fact]
    public void A_longer_file_at_the_path_is_emptied_first_so_nothing_of_it_remains()
    {
        var path = Path.Combine(_folder, "alt.html");
        File.WriteAllText(path, "eine viel längere alte Seite");
        using (var file = EmptyFile.Open(path)) RandomAccess.Write(file, "neu"u8, 0);
        File.ReadAllText(path).ShouldBe("neu");
        using (var stream = EmptyFile.Stream(path)) stream.Write("x"u8);
        File.ReadAllText(path).ShouldBe("x");
    }
}
