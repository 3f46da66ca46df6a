namespace Lotse.Features.ContentChecks;

/// <summary>Amstad's German version of the Flesch reading ease (1978):
/// 180 − words per sentence − 58.5 × syllables per word. 0–30 very hard, 30–50 hard, 60–70 average, above 80 easy.</summary>
internal static class Readability
{
    public static double FleschAmstad(int words, int sentences, int syllables) =>
        sentences == 0 || words == 0 ? 100 : 180 - (double)words / sentences - 58.5 * syllables / words;
}
