using System.Text.RegularExpressions;

namespace Lotse.Features.Checklists;

/// <summary>Reads the arguments of a container line, <c>id="umzug" titel="Umzug vorbereiten"</c>.</summary>
internal static partial class ContainerArguments
{
    /// <summary>The key/value pairs; <paramref name="rest"/> is the first text that is not one, or null.</summary>
    public static Dictionary<string, string> Parse(string? arguments, out string? rest)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        rest = null;
        var text = arguments ?? "";
        var position = 0;
        while (position < text.Length)
        {
            var match = Pair().Match(text, position);
            if (!match.Success)
            {
                var remaining = text[position..].Trim();
                if (remaining.Length > 0) rest = remaining;
                break;
            }
            var value = match.Groups[2].Success ? match.Groups[2].Value : match.Groups[3].Success ? match.Groups[3].Value : match.Groups[4].Value;
            values[match.Groups[1].Value] = value;
            position = match.Index + match.Length;
        }
        return values;
    }

    [GeneratedRegex("""\G\s*([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))""")]
    private static partial Regex Pair();
}
