
using Lotse.Site;

namespace Lotse.Tests.Testing;

/// <summary>A built mini-site: the result, and assertions on its files that read like the spec.</summary>
public sealed class TestBuild(string root, BuildResult result, string? outputFolder = null) : IDisposable
{
    public string Root { get; } = root;
    public BuildResult Result { get; } = result;
    public string Output { get; } = outputFolder ?? Path.Combine(root, "site");

    public IReadOnlyList<string> Diagnostics => Result.Diagnostics.Select(d => d.ToString()).ToList();

    public bool Exists(string sitePath) => File.Exists(Path.Combine(Output, sitePath));

    public string Read(string sitePath)
    {
        var path = Path.Combine(Output, sitePath);
        if (!File.Exists(path))
            throw new Xunit.Sdk.XunitException($"'{sitePath}' was not written. Written: {string.Join(", ", Result.WrittenFiles)}\n{string.Join('\n', Diagnostics)}");
        return File.ReadAllText(path);
    }

    /// <summary>Each expectation is a substring the file must contain; a leading "! " means it must not.</summary>
    public void AssertFile(string sitePath, params string[] expectations)
    {
        var text = Read(sitePath);
        foreach (var expectation in expectations)
        {
            var negate = expectation.StartsWith("! ", StringComparison.Ordinal);
            var needle = negate ? expectation[2..] : expectation;
            if (text.Contains(needle, StringComparison.Ordinal) == negate)
                throw new Xunit.Sdk.XunitException(
                    $"{sitePath} should {(negate ? "not " : "")}contain:\n  {needle}\nbut is:\n{text}");
        }
    }

    public void ShouldSucceedWithoutDiagnostics()
    {
        if (!Result.Succeeded || Result.Diagnostics.Count > 0)
            throw new Xunit.Sdk.XunitException("Expected a clean build, got:\n" + string.Join('\n', Diagnostics));
    }

    /// <summary>Writes files into the site root (to change a site between builds).</summary>
    public void Write(string path, string content)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        if (Output != Path.Combine(Root, "site"))
            try { Directory.Delete(Output, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
