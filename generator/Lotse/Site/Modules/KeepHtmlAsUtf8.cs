using System.Collections.Immutable;
using Lotse.Kernel;

namespace Lotse.Site.Modules;

/// <summary>
/// Once a pipeline's pages are rendered and analysed, holds their HTML as UTF-8 until it is written
/// (<see cref="Document.KeptAsUtf8"/>), half the memory of strings: at 10k pages the pages' HTML is the biggest thing a
/// build holds (live heap after the layouts about 320 MiB of page strings, 140 MiB for the Gesamtausgaben). The later
/// readers (checks, archive, output) read <see cref="Document.Text"/> or the bytes. Only in a build without a cache
/// (<c>lotse build</c>, <c>lotse check</c>): in <c>lotse serve</c> an unchanged page stays the same document from build
/// to build, which later modules recognise by instance. <see cref="RenderLayouts"/> already renders a build's pages
/// into UTF-8; what is left here are pages made as text (the Gesamtausgaben, a rewritten 404 page).
/// </summary>
public sealed class KeepHtmlAsUtf8 : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        if (context.Cache is not null) return Task.FromResult(inputs);
        var kept = new Document[inputs.Length];
        Parallel.For(0, inputs.Length, new ParallelOptions { CancellationToken = context.CancellationToken }, i =>
            kept[i] = inputs[i].OutputPath.EndsWith(".html", StringComparison.Ordinal) ? inputs[i].KeptAsUtf8() : inputs[i]);
        return Task.FromResult(ImmutableArray.Create(kept));
    }
}
