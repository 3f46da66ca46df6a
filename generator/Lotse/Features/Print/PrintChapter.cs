namespace Lotse.Features.Print;

/// <summary>One page of a Gesamtausgabe as a chapter: its anchor, title, depth in the part and the Stand of its page.</summary>
/// <param name="Id">The chapter's anchor (<c>kapitel-antrag-stellen</c>); the page's own ids get the prefix <c>antrag-stellen--</c>.</param>
/// <param name="Depth">0 for the part's section page, 1 for its pages, 2 for pages of sub-folders …</param>
internal sealed record PrintChapter(string Id, string Title, int Depth, string SourcePath);
