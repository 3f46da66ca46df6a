namespace Lotse.Features.Print;

/// <summary>The merged content of a Gesamtausgabe: the chapters' HTML, the chapters (for the table of contents)
/// the newest Stand of its pages (ISO date, or null), and the URLs of the pages' links and sources in it (each checked,
/// and reported, at its page).</summary>
internal sealed record MergedEdition(string Html, IReadOnlyList<PrintChapter> Chapters, string? Stand, IReadOnlySet<string> PageLinks);
