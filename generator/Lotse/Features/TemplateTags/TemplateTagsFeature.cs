using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.TemplateTags;

/// <summary>Markdown of Jekyll and GitBook guides holds template tags (Liquid's <c>{% … %}</c> and <c>{{ … }}</c>,
/// GitBook's <c>{% hint %}</c>, kramdown's <c>{::options /}</c> and <c>{:toc}</c>): they become what those generators
/// would have made, and what Lotse cannot make is left out with a warning instead of showing as text.</summary>
internal sealed class TemplateTagsFeature : IFeature
{
    public IEnumerable<IModule> CheckPages => [new TemplateTags(), new JekyllLayouts()];
}
