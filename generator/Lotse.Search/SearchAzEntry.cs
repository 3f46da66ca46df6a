namespace Lotse.Search;

/// <summary>One line of the A–Z list: a page title or an FAQ question, URL relative to the site root.</summary>
public sealed record SearchAzEntry(string Title, string Url, string Area, bool IsFaq);
