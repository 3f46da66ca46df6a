
using Lotse.Kernel;
using Lotse.Site;
using Lotse.Site.Navigation;

namespace Lotse.Features.Offline;

/// <summary>The FAQ's topics and questions in navigation order, from the pages under the FAQ folder.</summary>
internal sealed record FaqCollection(Document? Overview, IReadOnlyList<FaqTopic> Topics)
{
    public IEnumerable<FaqQuestion> Questions => Topics.SelectMany(t => t.Questions);

    /// <param name="pages">Content pages after Markdown rendering (their <c>Content</c> is the body HTML).</param>
    /// <remarks>The tree is built from the FAQ folder's pages only (and a page <c>faq.md</c> beside the folder, which may be
    /// its index): the FAQ's part of the navigation depends on nothing else, and the layouts ask for it on every build (in
    /// <c>lotse serve</c> on every save; the whole site's tree took most of <c>RenderLayouts</c>' time at 10,000 pages).</remarks>
    public static FaqCollection From(IReadOnlyList<Document> pages, string faqSource)
    {
        var folder = faqSource.TrimEnd('/');
        var tree = NavTree.Build(pages.Where(p => !p.Metadata.GetBool(ContentKeys.Failed) && InFaq(p.ContentPath(), faqSource, folder)).ToList(), NavLayout.None);
        if (!tree.BySource.TryGetValue(faqSource + "index.md", out var root)) return new FaqCollection(null, []);
        var topics = new List<FaqTopic>();
        var loose = new List<FaqQuestion>();
        foreach (var child in root.VisibleChildren)
        {
            if (child.IsSection)
                topics.Add(new FaqTopic(IdOf("thema", child.Page), child.Title, child.Page.Metadata.GetString(Keys.Description),
                    child.VisibleChildren.Where(q => !q.IsSection).Select(q => new FaqQuestion(q.Page, IdOf("frage", q.Page))).ToList()));
            else loose.Add(new FaqQuestion(child.Page, IdOf("frage", child.Page)));
        }
        if (loose.Count > 0) topics.Insert(0, new FaqTopic("thema-allgemein", "Allgemein", null, loose));
        return new FaqCollection(root.Page, topics.Where(t => t.Questions.Count > 0).ToList());
    }

    /// <summary>Whether a page (its content path) is part of the FAQ whose folder is <paramref name="faqSource"/>.</summary>
    public static bool Holds(string contentPath, string faqSource) => InFaq(contentPath, faqSource, faqSource.TrimEnd('/'));

    /// <summary>Whether a page is in the FAQ's folder, or is the page beside it that may stand for its index.</summary>
    private static bool InFaq(string contentPath, string faqSource, string folder) =>
        contentPath.StartsWith(faqSource, StringComparison.Ordinal)
        || (contentPath.StartsWith(folder, StringComparison.Ordinal) && contentPath.LastIndexOf('.') == folder.Length);

    /// <summary><c>faq/grundlagen/was-ist.md</c> → <c>frage-grundlagen-was-ist</c>; a topic's index names its folder.</summary>
    private static string IdOf(string prefix, Document page)
    {
        var parts = page.ContentPath().Split('/').Skip(1).ToList(); // without the FAQ folder
        if (parts.Count > 0 && parts[^1] == "index.md") parts.RemoveAt(parts.Count - 1);
        else if (parts.Count > 0) parts[^1] = Path.GetFileNameWithoutExtension(parts[^1]);
        return prefix + "-" + string.Join("-", parts);
    }
}
