namespace Lotse.Core;

/// <summary>What to build and how.</summary>
/// <param name="Root">The site root: holds <c>lotse.yml</c>, <c>content/</c> and <c>themes/</c>.</param>
/// <param name="Output">The output folder; default <c>ROOT/site</c>.</param>
/// <param name="Write">False for <c>lotse check</c>: everything but writing.</param>
/// <param name="Strict">Warnings fail the build.</param>
public sealed record BuildOptions(string Root, string? Output = null, bool Write = true, bool Strict = false)
{
    public string OutputFolder => Path.GetFullPath(Output ?? Path.Combine(Root, "site"));
}
