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
        for (var i = 0; i < inputs.Length; i++)
            if (writers[i]?.ProvisionalBytes(inputs[i], context) is { } bytes)
                context.Output.WriteFile(inputs[i].OutputPath, bytes);
        return Task.FromResult(inputs);
    }

    private static IFeature? WriterOf(Document page, BuildContext context) =>
        context.Features.FirstOrDefault(f => f.WritesLater(page, context));
}
