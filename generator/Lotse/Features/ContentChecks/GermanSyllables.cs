namespace Lotse.Features.ContentChecks;

/// <summary>Counts syllables of a German word as groups of vowels (a e i o u y ä ö ü; "ei", "au", "eu",
/// "ie" count once); at least one per word. Numbers and abbreviations in capitals count by letters' vowels or one.</summary>
internal static class GermanSyllables
{
    public static int Count(string word)
    {
        var count = 0;
        var inVowel = false;
        foreach (var c in word.ToLowerInvariant())
        {
            var vowel = c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'ä' or 'ö' or 'ü';
            if (vowel && !inVowel) count++;
            inVowel = vowel;
        }
        return Math.Max(1, count);
    }
}
