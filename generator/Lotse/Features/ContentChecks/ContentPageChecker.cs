using Lotse.Blocks.Paths;
using Lotse.Blocks.Diagnostics;
using Lotse.Blocks.Markdown;
using Lotse.Kernel;
using Lotse.Site;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Lotse.Features.ContentChecks;

/// <summary>Runs the content checks on one page's Markdown tree; thread-safe (reads only, reports to the bag).</summary>
internal sealed class ContentPageChecker(
    ContentCheckSettings settings,
    bool textChecks,
    IReadOnlyDictionary<string, IReadOnlyList<string>> duplicateTitles,
    IReadOnlySet<string> glossaryForms,
    DiagnosticBag diagnostics) : IMarkdownPageInspector
{
    /// <summary>Pages editors wrote (Markdown files), not generated section, data or 404 pages.</summary>
    public static bool IsEditorsPage(Document page) =>
        page.Metadata.Get(ContentKeys.IsGenerated) is not true && page.Metadata.Get(ContentKeys.Failed) is not true &&
        MarkdownFiles.IsPage(page.SourcePath);

    public IEnumerable<KeyValuePair<string, object?>> Inspect(Document page, MarkdownDocument markdown, int firstLine)
    {
        if (!IsEditorsPage(page)) return [];
        var path = page.SourcePath;
        CheckImages(path, markdown, firstLine);
        if (!textChecks) return [];
        CheckFrontMatter(page);
        CheckHeadings(path, markdown, firstLine);
        CheckLinks(path, markdown, firstLine);
        CheckProse(path, markdown, firstLine);
        return [];
    }

    private void CheckImages(string path, MarkdownDocument markdown, int firstLine)
    {
        foreach (var image in MarkdownNodes.Of(markdown).Links)
            if (image.IsImage && MarkdownRenderer.PlainText(image).Length == 0)
                diagnostics.Error(DiagnosticCodes.ImageWithoutAlt, path, firstLine + image.Line, image.Column + 1,
                    $"The image '{image.Url}' has no alt text. Describe what it shows: ![Beschreibung]({image.Url}); for a purely decorative image, leave it out of the content");
    }

    private void CheckFrontMatter(Document page)
    {
        if (duplicateTitles.TryGetValue(page.SourcePath, out var others))
            diagnostics.Warning(DiagnosticCodes.TitleDuplicate, page.SourcePath, 1, 1,
                $"The title '{page.Title}' is also the title of {string.Join(", ", others)}. Give each page its own title, so readers can tell them apart in navigation and search");
        var missing = settings.Required
            .Where(k => page.Metadata.Get(k) is null or "" or System.Collections.IList { Count: 0 }).ToList();
        if (missing.Count > 0)
            diagnostics.Warning(DiagnosticCodes.FrontMatterIncomplete, page.SourcePath, 1, 1,
                $"The front matter has no {string.Join(", ", missing)}, which the site requires ('checks: required: [{string.Join(", ", settings.Required)}]' in lotse.yml). " +
                $"Add {(missing.Count == 1 ? "it" : "them")} to the page's front matter, or remove {(missing.Count == 1 ? "it" : "them")} from 'checks.required'");
    }

    private void CheckHeadings(string path, MarkdownDocument markdown, int firstLine)
    {
        var previous = 1; // the page title is the h1
        foreach (var heading in markdown.Descendants<HeadingBlock>())
        {
            if (heading.Level > previous + 1)
                diagnostics.Warning(DiagnosticCodes.HeadingLevelSkipped, path, firstLine + heading.Line, heading.Column + 1,
                    $"The heading '{MarkdownRenderer.PlainText(heading.Inline)}' is level {heading.Level} after level {previous}. Use level {previous + 1} ({new string('#', previous + 1)}), so screen reader users get the page's structure right");
            previous = heading.Level;
        }
    }

    private void CheckLinks(string path, MarkdownDocument markdown, int firstLine)
    {
        foreach (var link in markdown.Descendants<LinkInline>().Where(l => !l.IsImage))
        {
            var text = MarkdownRenderer.PlainText(link);
            if (text.Length == 0 && !link.Descendants<Inline>().Any(i => i is LinkInline { IsImage: true }))
                diagnostics.Warning(DiagnosticCodes.LinkEmpty, path, firstLine + link.Line, link.Column + 1,
                    $"The link to '{link.Url}' has no text. Write what the reader finds there: [Text]({link.Url})");
            else if (string.IsNullOrWhiteSpace(link.Url))
                diagnostics.Warning(DiagnosticCodes.LinkEmpty, path, firstLine + link.Line, link.Column + 1,
                    $"The link '{text}' has no target. Add the page or address in the parentheses: [{text}](ziel.md)");
        }
    }

    private void CheckProse(string path, MarkdownDocument markdown, int firstLine)
    {
        int sentences = 0, words = 0, syllables = 0;
        var abbreviations = new List<AbbreviationUse>();
        foreach (var paragraph in markdown.Descendants<ParagraphBlock>())
        {
            if (InTable(paragraph)) continue;
            var prose = ProseText.Of(paragraph, firstLine);
            var text = prose.Text;
            int paragraphSentences = 0, passive = 0;
            foreach (var (start, length) in GermanSentences.Split(text))
            {
                var sentenceWords = GermanSentences.Words(text.Substring(start, length)).ToList();
                if (sentenceWords.Count == 0) continue;
                paragraphSentences++;
                sentences++;
                words += sentenceWords.Count;
                syllables += sentenceWords.Sum(w => GermanSyllables.Count(w.Word));
                if (PassiveVoice.IsPassive(sentenceWords.Select(w => w.Word).ToList())) passive++;
                if (sentenceWords.Count > settings.SentenceWords)
                {
                    var (line, column) = prose.PositionOf(start);
                    diagnostics.Warning(DiagnosticCodes.SentenceTooLong, path, line, column,
                        $"This sentence has {sentenceWords.Count} words (at most {settings.SentenceWords}): '{Excerpt(text.Substring(start, length))}'. Split it into shorter sentences");
                }
                foreach (var (index, word) in sentenceWords)
                {
                    var (line, column) = prose.PositionOf(start + index);
                    if (settings.GenderTerms.TryGetValue(word, out var replacement))
                        diagnostics.Warning(DiagnosticCodes.GenderTerm, path, line, column,
                            $"'{word}' is not gender-neutral. Write '{replacement}' instead");
                    if (AbbreviationRules.LooksLikeAbbreviation(word) && !glossaryForms.Contains(word) && !settings.AllowedAbbreviations.Contains(word)
                        && word != Scaffolding.Placeholder.Word && !prose.InAbbr(start + index) && !AbbreviationRules.InIdentifier(text, start + index, word.Length))
                        abbreviations.Add(new AbbreviationUse(word, text, start + index, line, column));
                }
            }
            if (paragraphSentences >= 2 && passive >= 2 && passive >= settings.PassiveShare * paragraphSentences)
            {
                var (line, column) = prose.PositionOf(0);
                diagnostics.Warning(DiagnosticCodes.PassiveHeavy, path, line, column,
                    $"{passive} of the {paragraphSentences} sentences of this paragraph are in the passive voice. Say who does what: 'Das Amt prüft den Antrag' instead of 'Der Antrag wird geprüft'");
            }
        }
        CheckAbbreviations(path, markdown, firstLine, abbreviations);
        if (sentences >= 3 && words >= 25) // too little text gives no meaningful score
        {
            var score = Readability.FleschAmstad(words, sentences, syllables);
            if (score < settings.Readability)
                diagnostics.Warning(DiagnosticCodes.ReadabilityLow, path, firstLine, 1,
                    $"The text is hard to read: Flesch-Amstad score {score:F0} (at least {settings.Readability:F0}; {(double)words / sentences:F1} words per sentence, {(double)syllables / words:F2} syllables per word). Use shorter sentences and shorter, common words");
        }
    }

    /// <summary>An abbreviation-like word in a paragraph's <see cref="ProseText"/>, at <paramref name="Index"/> of <paramref name="Text"/>.</summary>
    private sealed record AbbreviationUse(string Word, string Text, int Index, int Line, int Column);

    /// <summary>Reports the first use of each abbreviation the page neither explains nor only shouts. Whether a word is
    /// shouted is decided for all of them at once (<see cref="ShoutedWords"/>), in one pass over the page's text.</summary>
    private void CheckAbbreviations(string path, MarkdownDocument markdown, int firstLine, List<AbbreviationUse> uses)
    {
        if (uses.Count == 0) return;
        var pageText = string.Join('\n', markdown.Descendants<ParagraphBlock>().Select(p => ProseText.Of(p, firstLine).Text));
        var shouted = ShoutedWords.Find(uses.Select(u => u.Word), pageText);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (word, text, index, line, column) in uses)
            if (!shouted.Contains(word) && reported.Add(word) &&
                !IsExplainedInParentheses(text, index, word.Length) && !InGlossaryPhrase(text, index, word.Length))
                diagnostics.Warning(DiagnosticCodes.AbbreviationUndefined, path, line, column,
                    $"The abbreviation '{word}' is not in the glossary (content/_data/glossar.yml). Add it there with its long form, or write it out");
    }

    /// <summary>"DIN SPEC 66336" when the glossary has the term "DIN SPEC": the word is part of a glossary
    /// term of several words at this place in the text.</summary>
    private bool InGlossaryPhrase(string text, int index, int length)
    {
        foreach (var form in glossaryForms)
        {
            if (!form.Contains(' ') || form.Length < length) continue;
            // Only a start from index + length - form.Length to index can cover the word; the search stops there.
            var end = Math.Min(text.Length, index + form.Length);
            for (var at = Math.Max(0, index + length - form.Length); at <= index; at++)
            {
                at = text.IndexOf(form, at, end - at, StringComparison.Ordinal);
                if (at < 0) break;
                if (at + form.Length >= index + length) return true;
            }
        }
        return false;
    }

    /// <summary>"Datenschutz-Grundverordnung (DSGVO)" or "… in der Justiz (BLK Justiz)": the abbreviation is
    /// explained where it is first used; the parentheses hold only it and capitalised words.</summary>
    private static bool IsExplainedInParentheses(string text, int index, int length)
    {
        if (index == 0 || text[index - 1] != '(') return false;
        // Reads on only while the words are capitalised (so up to the next '(' at most, not to the page's end).
        var at = index + length;
        if (at < text.Length && text[at] == ')') return true;
        if (at >= text.Length || text[at] != ' ') return false;
        var wordStart = true;
        for (; at < text.Length; at++)
        {
            var c = text[at];
            if (c == ')') return true;
            if (c == ' ') { wordStart = true; continue; }
            if (!char.IsLetterOrDigit(c) || wordStart && !char.IsUpper(c)) return false;
            wordStart = false;
        }
        return false;
    }

    private static bool InTable(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
            if (parent is Table) return true;
        return false;
    }

    private static string Excerpt(string sentence)
    {
        var oneLine = string.Join(' ', sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= 60 ? oneLine : oneLine[..57].TrimEnd() + "…";
    }
}
