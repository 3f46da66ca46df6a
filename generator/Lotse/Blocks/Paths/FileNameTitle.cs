using System.Text.RegularExpressions;

namespace Lotse.Blocks.Paths;

/// <summary>A title made from a file or folder name when a page has none: <c>02-digitale-antraege</c> →
/// "Digitale antraege". A numeric prefix (<c>01-</c>, <c>1_</c>, <c>03.</c>, <c>04 </c>) only orders and is dropped;
/// dashes and underscores become spaces; the words stay as written (German nouns and adjectives are not title-cased),
/// only the first letter is made upper case.</summary>
public static partial class FileNameTitle
{
    [GeneratedRegex(@"^(?<number>\d{1,3})(?:[-_. ]+)(?=\D)")]
    private static partial Regex NumberPrefix();

    public static string From(string name)
    {
        name = NumberPrefix().Replace(name, "");
        name = name.Replace('-', ' ').Replace('_', ' ').Trim();
        while (name.Contains("  ", StringComparison.Ordinal)) name = name.Replace("  ", " ", StringComparison.Ordinal);
        return name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
    }

    /// <summary>A path with the numeric prefix of each folder and file left out: <c>02-theorie/01-agil.md</c> →
    /// <c>theorie/agil.md</c> (how Docusaurus publishes numbered files).</summary>
    public static string WithoutNumbers(string path) =>
        string.Join('/', path.Split('/').Select(part => NumberPrefix().Replace(part, "")));

    /// <summary>The number of a name's numeric prefix (<c>02-x</c> → 2), or null.</summary>
    public static long? Number(string name) =>
        NumberPrefix().Match(name) is { Success: true } m && long.TryParse(m.Groups["number"].Value, out var n) ? n : null;
}
