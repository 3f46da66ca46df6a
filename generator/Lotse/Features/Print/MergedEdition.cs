using Lotse.Kernel;

namespace Lotse.Features.Print;

/// <summary>The merged content of a Gesamtausgabe: the chapters' HTML (UTF-8, one piece a chapter, in order, kept in
/// <see cref="ChapterSlabs"/>), the chapters (for the table of contents) the newest Stand of its pages (ISO date, or null),
/// and the URLs of the pages' links and sources in it (each checked, and reported, at its page). The HTML stays in pieces
/// until it is spliced into the layout's output (<see cref="EditionBytes"/>): one string of it was 25-43 MB (UTF-16) at
/// 10k pages, made twice.</summary>
/// <param name="ChapterFacts">The link check's facts of the chapters one after the other (<see cref="PieceFacts"/>), or null when
/// they must be taken from the whole edition.</param>
internal sealed record MergedEdition(IReadOnlyList<ReadOnlyMemory<byte>> ChapterHtml, IReadOnlyList<PrintChapter> Chapters, string? Stand, IReadOnlySet<string> PageLinks,
    Lotse.Blocks.Html.HtmlFacts? ChapterFacts)
{
    /// <summary>The chapters' HTML as one text (for a layout that does not show the content as it is).</summary>
    public string Html()
    {
        var bytes = EditionBytes.Splice([], ChapterHtml, []);
        return Utf8Text.Decode(new System.Buffers.ReadOnlySequence<byte>(bytes));
    }
}
