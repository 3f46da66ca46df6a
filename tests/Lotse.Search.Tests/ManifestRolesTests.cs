using System.Text.Json.Nodes;

namespace Lotse.Search.Tests;

/// <summary>
/// Issue 25: the search page offers its role choice as soon as the manifest is there, so the manifest names every role
/// of the site (once each, in shard order); before, the choice appeared only when a shard with roles arrived, above the
/// results, and moved them down (layout shift on <c>/suche/?q=…</c>).
/// </summary>
public class ManifestRolesTests
{
    private static SearchDocument Doc(string url, string area, params string[] roles) =>
        new(url, url, area, "Titel " + url, null, "", "Text über Anträge", [], roles, IsFaq: area == "FAQ");

    [Fact]
    public void The_manifest_names_every_role_of_the_site_once_in_shard_order()
    {
        var files = SearchIndexWriter.Write(
        [
            Doc("leitfaden/a/index.html", "Leitfaden", "Kommune", "Fachreferat"),
            Doc("leitfaden/b/index.html", "Leitfaden", "Fachreferat"),
            Doc("faq/c/index.html", "FAQ", "OZG-Koordination"),
            Doc("faq/d/index.html", "FAQ"),
        ], new SearchSynonyms([]));

        var roles = Manifest(files)["roles"]!.AsArray().Select(r => r!.GetValue<string>()).ToArray();

        roles.ShouldBe(["OZG-Koordination", "Kommune", "Fachreferat"]); // the FAQ's shard comes first
    }

    [Fact]
    public void A_site_without_roles_has_an_empty_list()
    {
        var files = SearchIndexWriter.Write([Doc("a/index.html", "Leitfaden")], new SearchSynonyms([]));

        Manifest(files)["roles"]!.AsArray().ShouldBeEmpty();
    }

    private static JsonNode Manifest(IReadOnlyList<SearchOutputFile> files)
    {
        var script = files.Single(f => f.RelativePath == SearchIndexWriter.ManifestPath).Text();
        const string start = "window.LotseSearchManifest = ";
        var from = script.IndexOf(start, StringComparison.Ordinal) + start.Length;
        var to = script.IndexOf("};\n", from, StringComparison.Ordinal) + 1;
        return JsonNode.Parse(script[from..to])!;
    }
}
