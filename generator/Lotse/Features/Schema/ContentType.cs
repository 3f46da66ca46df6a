namespace Lotse.Features.Schema;

/// <summary>A kind of content file with its own front matter schema (<c>NAME.schema.json</c>).</summary>
/// <param name="Name">File name stem of the schema, e.g. <c>faq</c>; names the type.</param>
/// <param name="Title">German title of the schema (shown by editors' tools).</param>
/// <param name="Description">German description: which files, what is special.</param>
/// <param name="Globs">The files of this type, relative to the site root (<c>*</c> within a folder, <c>**</c> across folders).</param>
/// <param name="IsFolderDefaults">True for <c>_dir.yml</c>: every key is optional.</param>
public sealed record ContentType(string Name, string Title, string Description, IReadOnlyList<string> Globs, bool IsFolderDefaults = false)
{
    public string FileName => Name + ".schema.json";

    /// <summary>True when <paramref name="relativePath"/> (from the site root, '/' separators) matches one of <see cref="Globs"/>.</summary>
    public bool Matches(string relativePath) => Globs.Any(g => GlobPattern.IsMatch(g, relativePath));

    /// <summary>True for the same type, whatever files it applies to.</summary>
    public bool Is(ContentType other) => Name == other.Name;
}
