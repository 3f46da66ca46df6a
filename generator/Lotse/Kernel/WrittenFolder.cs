namespace Lotse.Kernel;

/// <summary>Where the files a build wrote while it ran are (<see cref="DocumentBody.WrittenTo"/>): its staging folder,
/// and once that is swapped in, the output folder, so a document read after the build reads the published file.</summary>
public sealed class WrittenFolder(string path)
{
    private volatile string _path = path;

    public string FileOf(string outputPath) => Path.Combine(_path, outputPath);

    /// <summary>The folder was swapped in at <paramref name="path"/>.</summary>
    public void MovedTo(string path) => _path = path;
}
