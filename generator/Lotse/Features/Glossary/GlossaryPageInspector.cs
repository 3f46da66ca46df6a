using Lotse.Blocks.Config;
using Lotse.Blocks.Paths;
using Lotse.Kernel;
using Lotse.Site;
using Markdig.Syntax;

namespace Lotse.Features.Glossary;

/// <summary>The per-build part of <see cref="GlossaryInspector"/>; thread-safe (reads only). Pages opt out
/// with <c>glossar: false</c>; the glossary page itself is left alone. Returns the terms it marked
/// as <see cref="GlossaryKeys.Marked"/>.</summary>
internal sealed class GlossaryPageInspector(GlossaryMatcher matcher, string? glossaryOutput, LinkStyle linkStyle) : IMarkdownPageInspector
{
    public IEnumerable<KeyValuePair<string, object?>> Inspect(Document page, MarkdownDocument markdown, int firstLine)
    {
        if (matcher.IsEmpty || page.OutputPath == glossaryOutput || page.Metadata.Get(GlossaryKeys.OptOut) is false) return [];
        var glossaryUrl = glossaryOutput is null ? null : SiteUrls.Relative(page.OutputPath, glossaryOutput, linkStyle);
        var marked = new GlossaryMarker(matcher, glossaryUrl).Mark(markdown);
        return [new(GlossaryKeys.Marked, marked)];
    }
}
