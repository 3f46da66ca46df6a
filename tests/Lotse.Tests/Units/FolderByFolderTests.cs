using Lotse.Blocks.Output;

namespace Lotse.Tests.Units;

/// <summary>Issue 26: files written one by one get their folders made on one thread, in order, each folder's files written on all
/// cores as soon as the folder is there.</summary>
public sealed class FolderByFolderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lotse-folders-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Every_file_is_written_into_its_new_folder_nested_or_not_and_each_once()
    {
        var files = Enumerable.Range(0, 2000)
            .Select(i => Path.Combine(_folder, i % 3 == 0 ? $"leistungen/seite-{i}" : i % 3 == 1 ? $"a/b/c{i % 7}" : "", $"{i}.html"))
            .ToList();
        var written = new System.Collections.Concurrent.ConcurrentBag<string>();

        FolderByFolder.Write(files, f => Path.GetDirectoryName(f)!, f =>
        {
            File.WriteAllText(f, Path.GetFileName(f));
            written.Add(f);
        }, new ParallelOptions());

        written.Order().ShouldBe(files.Order());
        files.ShouldAllBe(f => File.ReadAllText(f) == Path.GetFileName(f));
    }

    [Fact]
    public void A_folder_that_cannot_be_made_fails_the_writing_after_the_folders_before_it_are_written()
    {
        File.WriteAllText(Path.Combine(_folder, "belegt"), "eine Datei, wo ein Ordner hin soll");
        var files = new[] { "erst/1.html", "belegt/2.html", "danach/3.html" }.Select(f => Path.Combine(_folder, f)).ToList();

        Should.Throw<IOException>(() => FolderByFolder.Write(files, f => Path.GetDirectoryName(f)!, f => File.WriteAllText(f, "x"), new ParallelOptions()));

        File.Exists(files[0]).ShouldBeTrue();
        File.Exists(files[2]).ShouldBeFalse();
    }
}
