using System.CommandLine.Parsing;
using System.Globalization;

namespace Lotse.Cli.CommandLine;

/// <summary>Reads option values that have a form (a date, a port, an address, seconds); a wrong value is a parse error
/// that says what the option needs.</summary>
public static class ValueParsers
{
    public static DateOnly? Date(ArgumentResult result)
    {
        var text = Single(result);
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        result.AddError($"{Name(result)} needs a date written YYYY-MM-DD (such as 2026-12-01), not '{text}'");
        return null;
    }

    public static int Port(ArgumentResult result)
    {
        var text = Single(result);
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536) return port;
        result.AddError($"{Name(result)} needs a port number from 1 to 65535, not '{text}'");
        return 0;
    }

    public static string? Address(ArgumentResult result)
    {
        var text = Single(result);
        if (System.Net.IPAddress.TryParse(text, out _)) return text;
        result.AddError($"{Name(result)} needs an IP address (such as 127.0.0.1, or 0.0.0.0 for all networks), not '{text}'");
        return null;
    }

    /// <summary>Seconds, more than 0 and at most a day.</summary>
    public static TimeSpan? Seconds(ArgumentResult result)
    {
        var text = Single(result);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and <= 86_400)
            return TimeSpan.FromSeconds(seconds);
        result.AddError($"{Name(result)} needs a number of seconds, more than 0 and at most 86400, not '{text}'");
        return null;
    }

    private static string Single(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";

    private static string Name(ArgumentResult result) => result.Parent is OptionResult option ? $"'{option.Option.Name}'" : $"'{result.Argument.Name}'";
}
