using Lotse.Site;

namespace Lotse.Features.Glossary;

/// <summary>The glossary: terms of <c>content/_data/glossar.yml</c> marked where pages use them.</summary>
public sealed class GlossaryFeature : IFeature
{
    public IEnumerable<IMarkdownInspector> MarkdownInspectors => [new GlossaryInspector()];

    public IReadOnlyDictionary<string, FrontMatterType> FrontMatterTypes => new Dictionary<string, FrontMatterType>
    {
        [GlossaryKeys.OptOut] = new(ValueKind.Flag, $"{GlossaryKeys.OptOut}: false"),
    };
}
