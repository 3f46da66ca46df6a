using System.Collections.Immutable;
using Lotse.Kernel;

namespace Lotse.Tests.Units;

/// <summary>Issue 26 (memory): a pipeline's Input documents (the files as read) are let go as soon as its Process phase has
/// taken them, not kept through all of it: the Markdown's rendering runs without the source texts it no longer reads.</summary>
public sealed class PipelineOutputsTests
{
    private sealed class Context : IPipelineContext
    {
        public PipelineOutputs Outputs { get; } = new();
        public List<ModuleTiming> Timings { get; } = [];
        public CancellationToken CancellationToken => CancellationToken.None;
        public bool MayWrite => true;
    }

    private sealed class Step(Func<ImmutableArray<Document>, Context, IEnumerable<Document>> run) : IModule<Context>
    {
        public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, Context context) =>
            Task.FromResult(run(inputs, context).ToImmutableArray());
    }

    private sealed class Files : Pipeline<Context>;

    [Fact]
    public async Task The_Process_phase_starts_from_the_Input_documents_which_are_no_longer_kept_as_the_Input_phase_s()
    {
        var pipeline = new Files();
        var name = pipeline.Name;
        var seen = new List<string>();
        pipeline.Input.Add(new Step((_, _) => [Source("a.md"), Source("b.md")]));
        pipeline.Process.Add(new Step((inputs, context) =>
        {
            seen.Add($"first step: {inputs.Length} documents, {context.Outputs[name, Phase.Input].Length} kept as read");
            return inputs.Select(d => d with { Content = "<p>" + d.SourcePath + "</p>" });
        }));
        pipeline.Process.Add(new Step((inputs, context) =>
        {
            seen.Add($"second step: {inputs.Length} documents, {context.Outputs[name, Phase.Input].Length} kept as read");
            return inputs;
        }));
        var context = new Context();

        await new Engine<Context>([pipeline]).RunAsync(context);

        seen.ShouldBe(["first step: 2 documents, 0 kept as read", "second step: 2 documents, 0 kept as read"]);
        context.Outputs[name, Phase.Process].Select(d => d.Content).ShouldBe(["<p>a.md</p>", "<p>b.md</p>"]);
        context.Outputs.FromPipeline(name).Select(d => d.Content).ShouldBe(["<p>a.md</p>", "<p>b.md</p>"]);
    }

    private static Document Source(string path) => new(path, "", "---\ntitle: x\n---\n" + new string('x', 100_000) + path, Metadata.Empty);
}
