using System.Text.RegularExpressions;

namespace Lotse.Features.ContentChecks;

/// <summary>Which words are abbreviations an editor must explain (BGB, XÖV, GmbH), and which only look like one:
/// product names in CamelCase (GitHub, PostgreSQL: a lower-case run of two; MySQL goes into <c>checks: allowedAbbreviations</c>), ordinary German words in capitals (WICHTIG,
/// TIPP, HINWEIS; or a word the page also writes in lower case), parts of identifiers (REPLACE_ME) and roman
/// numerals (Teil II, Kapitel IV).</summary>
internal static partial class AbbreviationRules
{
    /// <summary>German words editors write in capitals for emphasis or as labels.</summary>
    private static readonly HashSet<string> CapitalisedWords = new(StringComparer.Ordinal)
    {
        "ACHTUNG", "WICHTIG", "HINWEIS", "HINWEISE", "TIPP", "TIPPS", "WARNUNG", "VORSICHT", "GEFAHR", "INFO", "NEU",
        "ENDE", "BEISPIEL", "HILFE", "BITTE", "DANKE", "NICHT", "KEIN", "KEINE", "NUR", "UND", "ODER", "ALLE", "JA", "NEIN",
        "FRAGE", "ANTWORT", "ZIEL", "ERLEDIGT", "OFFEN", "ENTWURF", "STAND", "ANMERKUNG", "ZUSAMMENFASSUNG", "LINK", "LINKS",
        "PFLICHT", "OPTIONAL", "ZITAT", "MUSS", "SOLL", "KANN", "DARF", "HIER", "TEIL", "KAPITEL", "NOTE", "TODO", "FIXME",
    };

    [GeneratedRegex(@"^(?:X{0,3})(?:IX|IV|V?I{0,3})$")]
    private static partial Regex RomanNumeral();

    /// <summary>2 to 10 letters or digits with at least two capitals and no lower-case run of two.</summary>
    public static bool LooksLikeAbbreviation(string word)
    {
        if (word.Length is < 2 or > 10 || word.Contains('-') || word.Count(char.IsUpper) < 2 || !word.Any(char.IsLetter)) return false;
        var lowerRun = 0;
        foreach (var c in word)
        {
            lowerRun = char.IsLower(c) ? lowerRun + 1 : 0;
            if (lowerRun >= 2) return false; // GitHub, PostgreSQL, ElsterOnline: a name, not letters read one by one
        }
        if (word.All(char.IsUpper) && CapitalisedWords.Contains(word)) return false;
        if (RomanNumeral().IsMatch(word)) return false;
        return true;
    }

    /// <summary>Part of an identifier (<c>REPLACE_ME</c>, <c>MAX_SIZE</c>): an underscore right before or after.</summary>
    public static bool InIdentifier(string text, int index, int length) =>
        index > 0 && text[index - 1] == '_' || index + length < text.Length && text[index + length] == '_';

    /// <summary>A word in capitals that the page also writes in lower or title case ("WICHTIG" and "wichtig").</summary>
    public static bool IsShouted(string word, string pageText) =>
        InCapitals(word) &&
        (pageText.Contains(word.ToLowerInvariant(), StringComparison.Ordinal)
         || pageText.Contains(word[0] + word[1..].ToLowerInvariant(), StringComparison.Ordinal));

    /// <summary>At least three characters, and every letter a capital: a word that can be shouted.</summary>
    public static bool InCapitals(string word) => word.Length >= 3 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));
}
