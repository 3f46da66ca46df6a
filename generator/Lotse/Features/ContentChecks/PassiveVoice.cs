namespace Lotse.Features.ContentChecks;

/// <summary>Recognises the German passive in a sentence: a form of "werden" ("wird", "wurden", "worden" …)
/// together with a past participle ("gestellt", "beantragt", "digitalisiert", "angeboten").
/// Future tense ("wird stellen") and the subjunctive "würde" are not passive.</summary>
internal static class PassiveVoice
{
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    { "werde", "wirst", "wird", "werden", "werdet", "wurde", "wurdest", "wurden", "wurdet", "worden" };

    private static readonly HashSet<string> NotParticiples = new(StringComparer.OrdinalIgnoreCase)
    { "gegen", "genau", "gern", "gerne", "gestern", "geben", "gehen", "gelten", "gemeinsam", "genug", "gerade", "geeignet", "gesamt",
      "gleich", "gibt", "geht", "gilt", "gewährleisten", "gestalten", "bereit", "bekannt", "bestimmt", "erst", "erheblich", "verantwortlich", "verfügbar" };

    public static bool IsPassive(IReadOnlyList<string> words)
    {
        if (words.Contains("worden", StringComparer.OrdinalIgnoreCase)) return true;
        if (!words.Any(Auxiliaries.Contains)) return false;
        return words.Any(IsParticiple);
    }

    private static readonly string[] InseparablePrefixes = ["be", "ver", "er", "ent", "zer", "emp", "miss", "über", "unter", "voll"];

    /// <summary>Participles are lower case (a capitalised word is a noun); they contain "ge" near the start
    /// and end in -t or -en ("gestellt", "angeboten"), end in -iert, or have an inseparable prefix and end in -t ("beantragt").</summary>
    public static bool IsParticiple(string word)
    {
        if (word.Length < 5 || char.IsUpper(word[0])) return false;
        var w = word.ToLowerInvariant();
        if (NotParticiples.Contains(w)) return false;
        if (w.EndsWith("iert", StringComparison.Ordinal)) return true;
        var ge = w.IndexOf("ge", StringComparison.Ordinal);
        if (ge >= 0 && ge <= 4 && (w.EndsWith('t') || w.EndsWith("en", StringComparison.Ordinal)) && w.Length - ge >= 5) return true;
        return w.EndsWith('t') && InseparablePrefixes.Any(p => w.StartsWith(p, StringComparison.Ordinal) && w.Length - p.Length >= 3);
    }
}
