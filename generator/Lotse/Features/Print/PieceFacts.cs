using Lotse.Blocks.Html;

namespace Lotse.Features.Print;

/// <summary>
/// The facts of the link check (<see cref="HtmlAnalyzer"/>: ids and references) of a Gesamtausgabe from its pieces (the
/// layout's output before the chapters, each chapter, the layout's output after them) instead of from a string of the whole
/// edition, which <c>AnalyzeHtml</c> decoded from its UTF-8 (25-43 MB as a string at 10k pages, each edition at once on all
/// cores: the build's resident memory peaked there). The analyzer reads a page in one pass, remembering nothing but where
/// it is, so the pieces give the whole's facts (ids in the same order, references one piece after the other) when each
/// piece but the last leaves it outside any tag, comment, script or style: then the next piece starts as it would in the
/// whole. A piece that does not (an unclosed comment in a chapter's raw HTML) gives no facts, and the edition is analysed
/// whole as before.
/// </summary>
internal static class PieceFacts
{
    /// <summary>An element with an id no page has (a private-use character), put after a piece: the analyzer finds it only
    /// when the piece left it outside any tag, comment, script and style.</summary>
    public const string Sentinel = "<i id=\"\uE001\">";

    private const string SentinelId = "\uE001";

    /// <summary>The facts of a piece that ends with <see cref="Sentinel"/> (left out of them), or null when the analyzer did not
    /// come out of the piece at its end.</summary>
    public static HtmlFacts? OfClosed(string pieceWithSentinel) => WithoutSentinel(new HtmlAnalyzer().Analyze(pieceWithSentinel));

    /// <summary>The same, of a piece as UTF-8 (ending with <see cref="SentinelUtf8"/>).</summary>
    public static HtmlFacts? OfClosed(ReadOnlySpan<byte> pieceWithSentinel) => WithoutSentinel(new HtmlAnalyzer().AnalyzePiece(pieceWithSentinel));

    /// <summary><see cref="Sentinel"/> as UTF-8.</summary>
    public static ReadOnlySpan<byte> SentinelUtf8 => "<i id=\"\uE001\">"u8;

    private static HtmlFacts? WithoutSentinel(HtmlFacts facts)
    {
        if (!facts.Ids.Contains(SentinelId)) return null;
        // The analyzer's own set, which nothing else holds: the sentinel is taken out of it (the others keep their order).
        if (facts.Ids is HashSet<string> ids && ids.Remove(SentinelId)) return facts;
        return facts with { Ids = facts.Ids.Where(id => id != SentinelId).ToHashSet(StringComparer.Ordinal) };
    }

    /// <summary>The facts of the pieces one after the other: the ids in the order the analyzer met them first, every reference.</summary>
    public static HtmlFacts Join(IReadOnlyCollection<HtmlFacts> pieces)
    {
        // Sized at once (an edition has tens of thousands of ids, which stay alive until the link check).
        var ids = new HashSet<string>(pieces.Sum(p => p.Ids.Count), StringComparer.Ordinal);
        var references = new List<string>(pieces.Sum(p => p.References.Count));
        foreach (var piece in pieces)
        {
            foreach (var id in piece.Ids) ids.Add(id);
            references.AddRange(piece.References);
        }
        return new HtmlFacts(ids, references);
    }
}
