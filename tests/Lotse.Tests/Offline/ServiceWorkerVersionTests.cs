using System.Text;
using Lotse.Features.Offline;

namespace Lotse.Tests.Offline;

/// <summary>Issue 9: the service worker's version hashes each file on its own (texts and files in pieces) and combines
/// the hashes in path order; it must still change with any byte of any file and stay the same for the same files.</summary>
public sealed class ServiceWorkerVersionTests
{
    [Fact]
    public void A_text_hashes_like_its_utf8_bytes_also_across_pieces()
    {
        // Umlauts, a character outside the BMP at every offset near the 64 KB piece boundary, and a lone surrogate.
        var text = new StringBuilder();
        for (var i = 0; i < 30_000; i++) text.Append(i % 7 == 0 ? "ä😀" : "ab");
        text.Append('\uD800').Append("ende");
        for (var cut = 0; cut < 4; cut++)
        {
            var sample = text.ToString(cut, text.Length - cut);
            ServiceWorkerVersion.OfText(sample).ShouldBe(ServiceWorkerVersion.OfBytes(Encoding.UTF8.GetBytes(sample)));
        }
        ServiceWorkerVersion.OfText("").ShouldBe(ServiceWorkerVersion.OfBytes([]));
    }

    [Fact]
    public void A_file_hashes_like_its_bytes()
    {
        var bytes = new byte[200_000];
        new Random(3).NextBytes(bytes);
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, bytes);
            ServiceWorkerVersion.OfFile(file).ShouldBe(ServiceWorkerVersion.OfBytes(bytes));
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public void The_version_changes_with_any_byte_of_any_file_and_not_otherwise()
    {
        var files = Enumerable.Range(0, 5).Select(i =>
        {
            var bytes = new byte[1000 + i * 50_000];
            new Random(i).NextBytes(bytes);
            return bytes;
        }).ToList();
        var paths = files.Select((_, i) => $"f{i}.html").ToList();
        string Version(List<byte[]> contents, List<string>? names = null) =>
            ServiceWorkerVersion.Of(names ?? paths, CancellationToken.None, i => ServiceWorkerVersion.OfBytes(contents[i]));

        var version = Version(files);
        version.Length.ShouldBe(16);
        Version(files.Select(f => f.ToArray()).ToList()).ShouldBe(version);
        var seen = new HashSet<string> { version };
        foreach (var (file, at) in new[] { (0, 0), (2, 77_777), (4, files[4].Length - 1) })
        {
            var changed = files.Select(f => f.ToArray()).ToList();
            changed[file][at] ^= 1;
            seen.Add(Version(changed)).ShouldBeTrue();
        }
        // The same bytes under another name, or a byte moved from one file to the next, are other sites.
        seen.Add(Version(files, paths.Select(p => "x" + p).ToList())).ShouldBeTrue();
        var moved = files.Select(f => f.ToArray()).ToList();
        moved[1] = [.. moved[1], moved[2][0]];
        moved[2] = moved[2][1..];
        seen.Add(Version(moved)).ShouldBeTrue();
    }
}
