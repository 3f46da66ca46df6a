namespace Lotse.Search;

/// <summary>The entries of the A–Z list under one letter ("A"…"Z", "0–9" or "#").</summary>
public sealed record SearchAzLetter(string Letter, IReadOnlyList<SearchAzEntry> Entries);
