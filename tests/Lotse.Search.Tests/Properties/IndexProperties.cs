using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsCheck;
using Lotse.Search.Lunr;

namespace Lotse.Search.Tests.Properties;

/// <summary>Writing the search index: JSON strings, snippets, shard ids and whole indexes from generated documents.</summary>
public sealed class IndexProperties
{
    [Fact]
    public void A_json_string_reads_back_as_the_same_text_and_holds_nothing_unsafe() =>
        FuzzText.Text.Sample(text =>
        {
            var output = new StringBuilder();
            JsonText.WriteString(output, text);
            var json = output.ToString();

            json.ShouldStartWith("\"");
            json.ShouldEndWith("\"");
            json.ShouldAllBe(c => c >= ' ' && c != '<' && c != '\u2028' && c != '\u2029');
            HasLoneSurrogate(json).ShouldBeFalse();
            Regex.Unescape(json[1..^1]).ShouldBe(text);
            if (!HasLoneSurrogate(text)) JsonSerializer.Deserialize<string>(json).ShouldBe(text);
        }, iter: FuzzIterations.Of(2000), print: TokenizerProperties.Show);

    [Fact]
    public void A_snippet_collapses_white_space_and_is_cut_only_between_words() =>
        FuzzText.Soup(Gen.Frequency((1, FuzzText.Text), (1, FuzzText.Word)), 200).Sample(body =>
        {
            var snippet = SearchSnippetText.Of(body);
            snippet.ShouldNotContain("  ");
            snippet.ShouldNotStartWith(" ");
            var text = snippet.EndsWith(" …", StringComparison.Ordinal) && snippet.Length > SearchSnippetText.MaximumLength ? snippet[..^2] : snippet;
            var words = body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            // The words in order, whole, one space between them, or none before closing punctuation and after an
            // opening bracket or quote.
            var joined = text.Replace(" ", "", StringComparison.Ordinal);
            var taken = 0;
            var length = 0;
            while (length < joined.Length && taken < words.Length)
            {
                length += words[taken++].Length;
            }
            joined.ShouldBe(string.Concat(words.Take(taken)));
            var expected = new System.Text.StringBuilder();
            foreach (var word in words.Take(taken))
            {
                if (expected.Length > 0 && !".,;:!?)]“".Contains(word[0]) && !"([„".Contains(expected[^1]))
                {
                    expected.Append(' ');
                }
                expected.Append(word);
            }
            text.ShouldBe(expected.ToString());
            text.Length.ShouldBeLessThanOrEqualTo(SearchSnippetText.MaximumLength + (words.Length == 0 ? 0 : words.Max(w => w.Length)));
        }, iter: FuzzIterations.Of(1000), print: TokenizerProperties.Show);

    [Theory]
    [InlineData("Das gilt ( siehe <a>Seite</a> ) .", "Das gilt (siehe <a>Seite</a>).")]
    [InlineData("Wort , Wort ; Wort : Wort ! Wort ?", "Wort, Wort; Wort: Wort! Wort?")]
    [InlineData("„ Einer für Alle “ gilt", "„Einer für Alle“ gilt")]
    [InlineData("ein … und", "ein … und")]
    public void A_snippet_has_no_space_before_closing_punctuation(string body, string expected) =>
        SearchSnippetText.Of(body).ShouldBe(expected);

    [Fact]
    public void A_shard_id_is_lower_case_ascii_letters_digits_and_single_dashes() =>
        FuzzText.Text.Sample(area => SearchAreas.IdOf(area).ShouldMatch("^[a-z0-9]+(-[a-z0-9]+)*$"),
            iter: FuzzIterations.Of(2000), print: TokenizerProperties.Show);

    private static readonly Gen<SearchDocument> Document = Gen.Select(
        FuzzText.Text, FuzzText.Text, FuzzText.Text, Gen.OneOf("Leitfaden", "FAQ", "Werkzeugkasten", "EfA-Wegweiser", "", "§§", "Ärger"),
        Gen.Bool, FuzzText.Word.Array[0, 3], Gen.OneOf("kommune", "fachreferat", "").Array[0, 2], Gen.Bool,
        (title, section, body, area, hasSection, tags, roles, isFaq) => (title, section, body, area, hasSection, tags, roles, isFaq))
        .Select(d => new SearchDocument("", "", d.area, d.title, d.hasSection ? d.section : null, d.section, d.body, d.tags, d.roles, d.isFaq));

    private static readonly Gen<SearchDocument[]> Documents = Document.Array[1, 6]
        .Select(docs => docs.Select((d, i) => d with { Ref = $"seite-{i}/index.html", Url = $"seite-{i}/index.html" }).ToArray());

    private static readonly Gen<SearchSynonyms> Synonyms = FuzzText.Text.Array[0, 3].Array[0, 3]
        .Select(groups => new SearchSynonyms(groups.Select(g => (IReadOnlyList<string>)g).ToArray()));

    [Fact]
    public void Any_documents_give_the_same_shards_every_time_with_readable_json() =>
        Gen.Select(Documents, Synonyms).Sample((docs, synonyms) =>
        {
            var files = SearchIndexWriter.Write(docs, synonyms);
            var again = SearchIndexWriter.Write(docs, synonyms);
            again.Select(f => (f.RelativePath, f.Text())).ShouldBe(files.Select(f => (f.RelativePath, f.Text())));
            files.Select(f => f.RelativePath).ShouldBeUnique();
            files.ShouldContain(f => f.RelativePath == SearchIndexWriter.ManifestPath);

            foreach (var shard in files.Where(f => f.RelativePath != SearchIndexWriter.ManifestPath))
            {
                var text = shard.Text();
                var start = text.IndexOf("var d = ", StringComparison.Ordinal) + "var d = ".Length;
                var end = text.IndexOf(";\nif (w.LotseSearch", StringComparison.Ordinal);
                using var json = JsonDocument.Parse(text[start..end]);
                json.RootElement.GetProperty("index").GetProperty("v").GetInt32().ShouldBe(CompactIndexSerializer.FormatVersion);
                json.RootElement.GetProperty("index").GetProperty("terms").ValueKind.ShouldBe(JsonValueKind.String);
                json.RootElement.GetProperty("index").GetProperty("postings").ValueKind.ShouldBe(JsonValueKind.String);
                json.RootElement.GetProperty("store").GetArrayLength().ShouldBeGreaterThan(0);
            }
        }, iter: FuzzIterations.Of(200), print: x => string.Join("\n", x.Item1.Select(d => d.ToString())));

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return true;
        }
        return false;
    }
}
