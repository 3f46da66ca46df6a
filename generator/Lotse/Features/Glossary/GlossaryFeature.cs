using Lotse.Site;

namespace Lotse.Features.Glossary;

/// <summary>The glossary: terms of <c>content/_data/glossar.yml</c> marked where pages use them.</summary>
internal sealed class GlossaryFeature : IFeature
{
    public IEnumerable<FrontMatterKey> FrontMatterKeys =>
        [new(GlossaryKeys.OptOut, FrontMatterType.Flag, "false: Fachbegriffe aus dem Glossar werden auf dieser Seite nicht markiert.", Example: "glossar: false")];

    public IEnumerable<IMarkdownInspector> MarkdownInspectors => [new GlossaryInspector()];

}
