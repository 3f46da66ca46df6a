using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace Lotse.Search.Tests;

/// <summary>
/// Differential test (c) and the writer's contract: the scripts SearchIndexWriter writes run as classic
/// scripts, every shard's index loads in lunr.js 2.3.9 without a warning, the FAQ shard comes first,
/// and searches find what the issue asks for.
/// </summary>
public class WrittenIndexTests(ITestOutputHelper output)
{
    [Fact]
    public void Written_shards_load_in_lunr_js_without_warnings_and_find_the_issue_examples()
    {
        var docs = ContentCorpus.Documents;
        var files = SearchIndexWriter.Write(docs, ContentCorpus.Glossary());
        var site = Directory.CreateTempSubdirectory("lotse-search-site");
        try
        {
            foreach (var file in files)
            {
                var path = Path.Combine(site.FullName, file.RelativePath);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Text());
            }
            var examples = Examples(docs);
            var js = NodeRunner.Run("load-shard.js", new JsonObject
            {
                ["manifest"] = Path.Combine(site.FullName, SearchIndexWriter.ManifestPath),
                ["siteRoot"] = site.FullName,
                ["queries"] = NodeRunner.ToJson(examples.Select(e => e.Query)),
            });

            NodeRunner.Strings(js["loadWarnings"]).ShouldBeEmpty();
            var shardIds = NodeRunner.Strings(js["shardIds"]);
            shardIds.ShouldBe(docs.Select(d => SearchAreas.IdOf(d.Area)).Distinct().Order(StringComparer.Ordinal), ignoreOrder: true);
            if (docs.Any(d => d.Area == "FAQ"))
            {
                shardIds[0].ShouldBe("faq");
            }

            var results = js["results"]!.AsArray();
            examples.Count.ShouldBeGreaterThan(0);
            for (var i = 0; i < examples.Count; i++)
            {
                var found = results[i]!.AsArray().Select(r => r!["url"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
                output.WriteLine($"{examples[i].Kind} '{examples[i].Query}': {found.Count} results, expected one of {examples[i].Expected.Count}");
                found.Overlaps(examples[i].Expected).ShouldBeTrue($"{examples[i].Kind} '{examples[i].Query}' found none of the expected pages");
            }
        }
        finally
        {
            site.Delete(recursive: true);
        }
    }

    [Fact]
    public void Output_is_byte_identical_for_the_same_input()
    {
        var first = SearchIndexWriter.Write(ContentCorpus.Documents, ContentCorpus.Glossary());
        var second = SearchIndexWriter.Write(ContentCorpus.Documents.ToArray(), ContentCorpus.Glossary());
        second.Select(f => f.RelativePath).ShouldBe(first.Select(f => f.RelativePath));
        for (var i = 0; i < first.Count; i++)
        {
            second[i].Text().ShouldBe(first[i].Text());
        }
        first.ShouldAllBe(f => f.RelativePath.StartsWith("assets/search/"));
    }

    private sealed record Example(string Kind, string Query, IReadOnlyCollection<string> Expected);

    /// <summary>
    /// Queries of each kind the issue names, with the pages expected among the results worked out from
    /// the content itself (pages whose text has the word in its ordinary spelling).
    /// </summary>
    private static List<Example> Examples(IReadOnlyList<SearchDocument> docs)
    {
        var examples = new List<Example>();
        void Add(string kind, string query, Func<SearchDocument, bool> expected)
        {
            var urls = docs.Where(expected).Select(d => d.Url).ToHashSet(StringComparer.Ordinal);
            if (urls.Count > 0)
            {
                examples.Add(new Example(kind, query, urls));
            }
        }
        bool Has(SearchDocument d, string word) =>
            (d.Title + " " + d.Section + " " + d.Headings + " " + d.Body).Contains(word, StringComparison.OrdinalIgnoreCase);

        Add("umlaut", "Behoerde", d => Has(d, "Behörde"));
        Add("umlaut", "Gebuehren", d => Has(d, "Gebühren"));
        Add("compound", "Konto", d => Has(d, "Nutzerkonto"));
        Add("compound", "Antrag", d => Has(d, "Onlineantrag") || Has(d, "Bauantrag") || Has(d, "Antrag"));
        Add("abbreviation", "DeutschlandID", d => Has(d, "BundID"));
        Add("abbreviation", "Onlinezugangsgesetz", d => Has(d, "OZG"));
        Add("number", "2021/24", d => Has(d, "2021/24"));
        Add("number", "§ 9", d => Has(d, "§ 9"));
        Add("typo", "Barierefreiheit", d => Has(d, "Barrierefreiheit"));
        Add("typo", "Verwaltnug", d => Has(d, "Verwaltung"));
        Add("prefix", "Reifeg", d => Has(d, "Reifegrad"));
        return examples;
    }
}
