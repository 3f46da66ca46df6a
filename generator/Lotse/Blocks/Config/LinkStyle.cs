namespace Lotse.Blocks.Config;

/// <summary>How links to pages are written. <see cref="Files"/> (<c>../b/index.html</c>) works from disk
/// (file://) and on every server; <see cref="Directories"/> (<c>../b/</c>) gives clean URLs on a server.</summary>
public enum LinkStyle { Files, Directories }
