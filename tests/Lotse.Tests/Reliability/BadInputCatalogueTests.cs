namespace Lotse.Tests.Reliability;

/// <summary>Issue 10, point 1: every bad input gives exactly its diagnostics (sorted, as printed), never an
/// exception; a build with errors writes nothing.</summary>
public sealed class BadInputCatalogueTests
{
    public static TheoryData<string> Names => new(BadInputs.All.Select(b => b.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Bad_input_gives_exactly_its_diagnostics(string name)
    {
        var input = BadInputs.All.Single(b => b.Name == name);
        using var site = await CatalogueSite.BuildAsync(input);
        site.Diagnostics.ShouldBe(input.Expected);
        site.Result.Succeeded.ShouldBe(input.Succeeds, string.Join('\n', site.Diagnostics));
        Directory.Exists(site.Output).ShouldBe(input.Succeeds);
        input.Then?.Invoke(site);
    }

    [Fact]
    public void The_catalogue_has_at_least_thirty_distinct_inputs() =>
        BadInputs.All.Select(b => b.Name).Distinct().Count().ShouldBeGreaterThanOrEqualTo(30);
}
