using Lotse.Tests.Testing;

namespace Lotse.Tests.Architecture;

/// <summary>
/// The generator's folders are layers, and each imports only downward: the kernel (engine, pipelines, documents, memos)
/// nothing of Lotse; the building blocks (Markdown, templates, data, HTML, paths, config, diagnostics, output) the
/// kernel and each other without a cycle; the site the kernel and the blocks; a feature those and, of another feature,
/// only the types that feature offers to others (<see cref="Lotse.Site.FeatureContractAttribute"/>), with no cycle
/// between features; the command line and serve anything.
/// </summary>
public sealed class LayerTests
{
    private static readonly Lazy<SourceDependencies> Source =
        new(() => SourceDependencies.Of(Path.Combine(TestSite.RepositoryRoot, "generator", "Lotse")));

    [Fact]
    public void Every_folder_imports_only_downward()
    {
        var upward = Source.Value.Uses
            .Where(u => Layer.Of(u.To).Rank > Layer.Of(u.From).Rank)
            .Select(u => $"{u.File}: {u.From} uses {u.To}.{u.Type}")
            .ToList();
        upward.ShouldBeEmpty();
    }

    [Fact]
    public void A_feature_uses_of_another_feature_only_what_it_offers()
    {
        var contract = ContractTypes();
        var internals = Source.Value.Uses
            .Where(u => Layer.Of(u.From).Rank == Layer.Features && Layer.Of(u.To).Rank == Layer.Features && !contract.Contains(u.To + "." + u.Type))
            .Select(u => $"{u.File}: {u.From} uses {u.To}.{u.Type}, which is not part of that feature's contract")
            .ToList();
        internals.ShouldBeEmpty();
    }

    [Fact]
    public void No_cycle_between_building_blocks_or_between_features()
    {
        var edges = Source.Value.Uses
            .Where(u => Layer.Of(u.From).Rank == Layer.Of(u.To).Rank && Layer.Of(u.From).Rank is Layer.Blocks or Layer.Features)
            .Select(u => (u.From, u.To))
            .Distinct()
            .ToLookup(e => e.From, e => e.To);
        var cycles = edges.Select(e => e.Key).Where(start => Reaches(edges, start, start)).Order(StringComparer.Ordinal).ToList();
        cycles.ShouldBeEmpty();
    }

    [Fact]
    public void The_kernel_and_the_site_name_no_feature()
    {
        // The test above would also see this; said here as the rule the architecture is about.
        Source.Value.Uses.Where(u => Layer.Of(u.From).Rank < Layer.Features && Layer.Of(u.To).Rank == Layer.Features)
            .Select(u => $"{u.File} uses {u.To}.{u.Type}").ShouldBeEmpty();
    }

    [Fact]
    public void The_analysis_sees_uses_across_layers()
    {
        // Guards the tests above against an analysis that finds nothing: the site uses the kernel, the CLI the features.
        Source.Value.Uses.ShouldContain(u => u.From == "Lotse.Site" && u.To == "Lotse.Kernel" && u.Type == "Document");
        Source.Value.Uses.ShouldContain(u => u.From == "Lotse" && u.To.StartsWith("Lotse.Features.", StringComparison.Ordinal));
    }

    private static bool Reaches(ILookup<string, string> edges, string from, string target)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>(edges[from]);
        while (stack.TryPop(out var next))
        {
            if (next == target) return true;
            if (!seen.Add(next)) continue;
            foreach (var further in edges[next]) stack.Push(further);
        }
        return false;
    }

    /// <summary>Full names of the types marked as a feature's contract.</summary>
    private static HashSet<string> ContractTypes() => typeof(Lotse.Site.FeatureContractAttribute).Assembly.GetTypes()
        .Where(t => t.IsDefined(typeof(Lotse.Site.FeatureContractAttribute), inherit: false))
        .Select(t => t.Namespace + "." + t.Name.Split('`')[0])
        .ToHashSet(StringComparer.Ordinal);

    private sealed record Layer(int Rank)
    {
        public const int Kernel = 0, Blocks = 1, Site = 2, Features = 3, Top = 4;

        public static Layer Of(string ns) => ns switch
        {
            "Lotse.Kernel" => new(Kernel),
            _ when ns.StartsWith("Lotse.Blocks.", StringComparison.Ordinal) => new(Blocks),
            "Lotse.Site" => new(Site),
            _ when ns.StartsWith("Lotse.Site.", StringComparison.Ordinal) => new(Site),
            _ when ns.StartsWith("Lotse.Features.", StringComparison.Ordinal) => new(Features),
            _ => new(Top),
        };
    }
}
