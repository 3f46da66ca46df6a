namespace Lotse.Search;

/// <summary>A file to write into the site, path relative to the site root with forward slashes.</summary>
public sealed record SearchOutputFile(string RelativePath, string Content);
