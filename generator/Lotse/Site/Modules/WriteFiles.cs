using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Lotse.Kernel;

namespace Lotse.Site.Modules;

/// <summary>Hands the pipeline's documents to the output writer. A page that a feature writes later itself (with
/// values only known then, <see cref="IFeature.WritesLater"/>) is left to it; in <c>lotse serve</c> it is written at
/// once with what the feature knows until then (<see cref="IFeature.ProvisionalBytes"/>), and which feature that is
/// is asked once per page instance (<see cref="LaterWriters"/>).</summary>
internal sealed class WriteFiles : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var writers = new IFeature?[inputs.Length];
        var known = context.Cache?.LaterWriters.For(new Fingerprint().AddValue(context.Config.Values).Value);
        ConditionalWeakTable<Document, StrongBox<IFeature?>>.CreateValueCallback? ask = known is null ? null
            : page => new StrongBox<IFeature?>(WriterOf(page, context));
        Parallel.For(0, inputs.Length, new ParallelOptions { CancellationToken = context.CancellationToken },
            i => writers[i] = known is null ? WriterOf(inputs[i], context) : known.GetValue(inputs[i], ask!).Value);
        context.Output.Write(inputs.Where((_, i) => writers[i] is null).ToList(), context.CancellationToken);
        WriteProvisional(inputs, writers, context);
        return Task.FromResult(inputs);
    }

    /// <summary>The pages a feature writes later, with its provisional bytes; in <c>lotse serve</c> an unchanged page
    /// whose file still has the bytes made for it last time, from the same inputs, is skipped without making them.</summary>
    private static void WriteProvisional(ImmutableArray<Document> inputs, IFeature?[] writers, BuildContext context)
    {
        var keys = new Dictionary<IFeature, UInt128?>(ReferenceEqualityComparer.Instance);
        var provisional = context.Cache?.LaterWriters.Provisional;
        var filled = context.Cache?.Output.Filled;
        for (var i = 0; i < inputs.Length; i++)
        {
            if (writers[i] is not { } writer) continue;
            var page = inputs[i];
            if (!keys.TryGetValue(writer, out var key)) keys[writer] = key = context.Cache is null ? null : writer.ProvisionalKey(context);
            if (key is { } known && provisional!.TryGetValue(page, out var last) && last.Value.Key == known
                && filled!.TryGetValue(page.OutputPath, out var onDisk) && onDisk == last.Value.Bytes)
                continue;
            if (writer.ProvisionalBytes(page, context) is not { } bytes) continue;
            context.Output.WriteFile(page.OutputPath, bytes);
            if (key is { } made && filled!.TryGetValue(page.OutputPath, out var written))
                provisional!.AddOrUpdate(page, new StrongBox<(UInt128, UInt128)>((made, written)));
        }
    }

    private static IFeature? WriterOf(Document page, BuildContext context) =>
        context.Features.FirstOrDefault(f => f.WritesLater(page, context));
}
