using System.Collections.Immutable;
using Lotse.Features.Glossary;
using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.ContentChecks;

/// <summary>
/// The content checks for German text (<see cref="ContentPageChecker"/>). Images without alt text are an
/// error in every build; the text checks (readability, long sentences, passive voice, headings, duplicate
/// titles, empty links, missing front matter, undefined abbreviations, gender-neutral language) are
/// warnings and run only in <c>lotse check</c> (<see cref="BuildOptions.ContentChecks"/>), so they
/// never fail <c>lotse build --strict</c>.
/// </summary>
internal sealed class ContentChecksInspector : IMarkdownInspector
{
    public IMarkdownPageInspector Prepare(ImmutableArray<Document> pages, BuildContext context)
    {
        // The titles and the glossary serve only the text checks (a rebuild in lotse serve of a big site need not group every title).
        if (!context.Options.ContentChecks)
            return new ContentPageChecker(ContentCheckSettings.From(context.Config.Values), false,
                new Dictionary<string, IReadOnlyList<string>>(), new HashSet<string>(), context.Diagnostics);
        var checkedPages = pages.Where(ContentPageChecker.IsEditorsPage).ToList();
        var titles = checkedPages
            .GroupBy(p => p.Title.Trim(), StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Key.Length > 0 && g.Count() > 1)
            .SelectMany(g => g.Select(p => (p.SourcePath, Others: g.Where(o => o != p).Select(o => o.SourcePath).Order(StringComparer.Ordinal).ToList())))
            .ToDictionary(x => x.SourcePath, x => (IReadOnlyList<string>)x.Others, StringComparer.Ordinal);
        var known = GlossaryReader.From(SiteData.Of(context))
            .SelectMany(e => e.Forms)
            .ToHashSet(StringComparer.Ordinal);
        return new ContentPageChecker(
            ContentCheckSettings.From(context.Config.Values), context.Options.ContentChecks, titles, known, context.Diagnostics);
    }
}
