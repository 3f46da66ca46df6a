using System.Globalization;

namespace Lotse.Blocks.Data;

/// <summary>A parsed YAML value as a diagnostic names it: "a list", "a mapping", "the number 5", "the text '…'".</summary>
internal static class ValueDescription
{
    public static string Of(object? value) => value switch
    {
        List<object?> => "a list",
        Dictionary<string, object?> => "a mapping",
        bool b => b ? "true" : "false",
        long or double => $"the number {Convert.ToString(value, CultureInfo.InvariantCulture)}",
        string s => $"the text '{(s.Length > 40 ? s[..40] + "…" : s)}'",
        _ => "this value",
    };
}
