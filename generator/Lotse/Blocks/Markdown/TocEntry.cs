
namespace Lotse.Blocks.Markdown;

/// <summary>An entry of the in-page table of contents (h2 with its h3 children).</summary>
internal sealed record TocEntry(string Id, string Text, int Level, IReadOnlyList<TocEntry> Children)
{
    public static IReadOnlyList<TocEntry> From(IReadOnlyList<Heading> headings)
    {
        var result = new List<TocEntry>();
        List<TocEntry>? children = null;
        foreach (var h in headings)
        {
            if (h.Level == 2)
            {
                children = [];
                result.Add(new TocEntry(h.Id, h.Text, 2, children));
            }
            else if (h.Level == 3)
            {
                if (children is null) result.Add(new TocEntry(h.Id, h.Text, 3, []));
                else children.Add(new TocEntry(h.Id, h.Text, 3, []));
            }
        }
        return result;
    }
}
