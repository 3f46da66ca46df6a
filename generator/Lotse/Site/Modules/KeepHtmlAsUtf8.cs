using System.Collections.Immutable;
using Lotse.Kernel;

namespace Lotse.Site.Modules;

/// <summary>
/// Once a pipeline's pages are rendered and analysed, stops holding their HTML as strings: at 10k pages the pages' HTML
/// is the biggest thing a build holds (live heap after the layouts about 320 MiB of page strings, 140 MiB for the
/// Gesamtausgaben). A build into a new staging folder (<c>lotse build</c>) writes them now
/// (<see cref="Blocks.Output.OutputWriter.WriteNow"/>) and holds nothing of them; the later readers (checks, archive)
/// read <see cref="Document.Text"/> or the bytes back from the file, and a feature that fills in values later (a
/// download's size) writes the page again. A build that writes nothing (<c>lotse check</c>) holds them as UTF-8
/// (<see cref="Document.KeptAsUtf8"/>), half the memory of strings. Not in a build with a cache (<c>lotse serve</c>):
/// there an unchanged page stays the same document from build to build, which later modules recognise by instance.
/// </summary>
public sealed class KeepHtmlAsUtf8 : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        if (context.Cache is not null) return Task.FromResult(inputs);
        var pages = Enumerable.Range(0, inputs.Length).Where(i => IsPage(inputs[i])).ToList();
        var kept = inputs.ToArray();
        if (context.Output.CanWriteNow)
        {
            var written = context.Output.WriteNow(pages.Select(i => inputs[i]).ToList(), context.CancellationToken);
            for (var n = 0; n < pages.Count; n++) kept[pages[n]] = written[n];
        }
        else
            Parallel.ForEach(pages, new ParallelOptions { CancellationToken = context.CancellationToken }, i => kept[i] = inputs[i].KeptAsUtf8());
        return Task.FromResult(ImmutableArray.Create(kept));
    }

    private static bool IsPage(Document document) =>
        document.OutputPath.EndsWith(".html", StringComparison.Ordinal) && document.Body is TextBody or Utf8Body && document.Content.Length > 0;
}
