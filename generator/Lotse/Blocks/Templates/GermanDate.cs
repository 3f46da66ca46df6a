using System.Globalization;

namespace Lotse.Blocks.Templates;

/// <summary>Formats ISO dates (<c>2025-07-01</c>) the German way (<c>1. Juli 2025</c>), the same on every machine.</summary>
internal static class GermanDate
{
    private static readonly string[] Months =
        ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

    public static string Format(object? value)
    {
        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? $"{date.Day}. {Months[date.Month - 1]} {date.Year}"
            : text;
    }
}
