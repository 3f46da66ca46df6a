
using Lotse.Site.Navigation;

namespace Lotse.Features.Print;

/// <summary>The "Gesamtausgabe" of one top-level part: its section page, where it is written and its pages
/// in navigation order (the section page first).</summary>
/// <param name="Name">The part's folder with '/' replaced by '-' (<c>anleitungen</c>); names the PDF.</param>
internal sealed record PrintEdition(string Name, NavNode Section, string OutputPath, IReadOnlyList<NavNode> Pages)
{
    public string Title => Section.Title;

    /// <summary>The PDF's path in the site and its file name in the PDF folder.</summary>
    public string PdfFileName => Name + ".pdf";
}
