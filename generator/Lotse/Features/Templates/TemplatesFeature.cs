using Lotse.Site;

namespace Lotse.Features.Templates;

/// <summary>Templates that download as Word: each Markdown file that <c>templates:</c> in <c>lotse.yml</c> names is also
/// published as an editable <c>.docx</c> beside it (<see cref="MakeWordTemplates"/>), which pages link to like any file
/// and the download page lists with the template's other formats.</summary>
internal sealed class TemplatesFeature : IFeature
{
    public IEnumerable<IModule> AddFiles => [new MakeWordTemplates()];
}
