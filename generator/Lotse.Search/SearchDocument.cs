namespace Lotse.Search;

/// <summary>
/// One searchable unit: a page, or an h2/h3 section of a page. <paramref name="Ref"/> is unique (e.g. the
/// URL with its #anchor); <paramref name="Url"/> is relative to the site root
/// ("anleitungen/antrag/index.html#fristen"); <paramref name="Area"/> names the shard and the filter
/// ("Anleitungen", "Formulare", "FAQ": the labels of the site's areas). For a section, <paramref name="Title"/> is the page
/// title and <paramref name="Section"/> the section heading. <paramref name="IsFaq"/> marks an FAQ question,
/// whose question (Section, else Title) weighs most. <paramref name="Description"/> (front matter <c>description</c>) and
/// <paramref name="Summary"/> (<c>kurzantwort</c>) are fields of their own, given to a page's own document only.
/// </summary>
public sealed record SearchDocument(
    string Ref,
    string Url,
    string Area,
    string Title,
    string? Section,
    string Headings,
    string Body,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Roles,
    bool IsFaq,
    string Description = "",
    string Summary = "")
{
    /// <summary>The text results show: the short answer (else the description) and the body.</summary>
    public string SnippetSource
    {
        get
        {
            var lead = Summary.Length > 0 ? Summary : Description;
            return lead.Length == 0 ? Body : Body.Length == 0 ? lead : lead + " " + Body;
        }
    }

    /// <summary>The same text without a new string: when it is joined from two, it is joined in <paramref name="buffer"/>
    /// (grown when too short), which then holds it until the next call.</summary>
    internal ReadOnlySpan<char> SnippetSourceIn(ref char[] buffer)
    {
        var lead = Summary.Length > 0 ? Summary : Description;
        if (lead.Length == 0)
        {
            return Body;
        }
        if (Body.Length == 0)
        {
            return lead;
        }
        var length = lead.Length + 1 + Body.Length;
        if (buffer.Length < length)
        {
            buffer = new char[Math.Max(length, 2 * buffer.Length)];
        }
        lead.CopyTo(buffer);
        buffer[lead.Length] = ' ';
        Body.CopyTo(buffer.AsSpan(lead.Length + 1));
        return buffer.AsSpan(0, length);
    }
}
