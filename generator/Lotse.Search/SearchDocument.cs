namespace Lotse.Search;

/// <summary>
/// One searchable unit: a page, or an h2/h3 section of a page. <paramref name="Ref"/> is unique (e.g. the
/// URL with its #anchor); <paramref name="Url"/> is relative to the site root
/// ("leitfaden/reifegradmodell/index.html#stufe-3"); <paramref name="Area"/> names the shard and the filter
/// ("Leitfaden", "Wegweiser", "Werkzeugkasten", "FAQ"). For a section, <paramref name="Title"/> is the page
/// title and <paramref name="Section"/> the section heading. <paramref name="IsFaq"/> marks an FAQ question,
/// whose question (Section, else Title) weighs most.
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
    bool IsFaq);
