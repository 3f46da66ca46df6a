using System.Text;

namespace Lotse.Search;

/// <summary>Shard ids for areas: "FAQ" → "faq", "Häufige Fragen" → "haeufige-fragen".</summary>
public static class SearchAreas
{
    public const string FaqId = "faq";

    public static string IdOf(string area)
    {
        var builder = new StringBuilder(area.Length);
        foreach (var c in area.Trim().ToLowerInvariant())
        {
            var mapped = c switch
            {
                'ä' => "ae",
                'ö' => "oe",
                'ü' => "ue",
                'ß' => "ss",
                _ when char.IsAsciiLetterOrDigit(c) => c.ToString(),
                _ => "-",
            };
            if (mapped == "-" && (builder.Length == 0 || builder[^1] == '-'))
            {
                continue;
            }
            builder.Append(mapped);
        }
        var id = builder.ToString().TrimEnd('-');
        return id.Length == 0 ? "allgemein" : id;
    }
}
