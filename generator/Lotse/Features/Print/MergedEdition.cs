namespace Lotse.Features.Print;

/// <summary>The merged content of a Gesamtausgabe: the chapters' HTML, the chapters (for the table of contents)
/// and the newest Stand of its pages (ISO date, or null).</summary>
internal sealed record MergedEdition(string Html, IReadOnlyList<PrintChapter> Chapters, string? Stand);
