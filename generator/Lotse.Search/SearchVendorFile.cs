namespace Lotse.Search;

/// <summary>A file from the repository's node_modules (<paramref name="NpmPath"/>) that the site needs at <paramref name="SitePath"/>.</summary>
public sealed record SearchVendorFile(string NpmPath, string SitePath);
