using System.Collections.Immutable;
using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.Glossary;

/// <summary>Marks glossary terms in the text (see <see cref="GlossaryMarker"/>). The glossary page is the
/// page with <c>layout: glossar</c>; without one, terms get their <c>&lt;abbr&gt;</c> but no link.</summary>
internal sealed class GlossaryInspector : IMarkdownInspector
{
    public const string Layout = "glossar";

    public IMarkdownPageInspector Prepare(ImmutableArray<Document> pages, BuildContext context)
    {
        var entries = GlossaryReader.From(SiteData.Of(context));
        var glossaryPage = pages.FirstOrDefault(p => p.Metadata.GetString(Keys.Layout) == Layout && p.Metadata.Get(ContentKeys.Failed) is not true);
        return new GlossaryPageInspector(new GlossaryMatcher(entries), glossaryPage?.OutputPath, context.Config.LinkStyle);
    }
}
