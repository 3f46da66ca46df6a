using Lotse.Features.Checklists;
using Lotse.Features.Compatibility;
using Lotse.Features.Conformance;
using Lotse.Features.ContentChecks;
using Lotse.Features.Dates;
using Lotse.Features.Glossary;
using Lotse.Features.Offline;
using Lotse.Features.Precompression;
using Lotse.Features.Print;
using Lotse.Features.RawHtml;
using Lotse.Features.Scaffolding;
using Lotse.Features.SiteSearch;
using Lotse.Features.SourcePolicy;
using Lotse.Features.Templates;
using Lotse.Features.TemplateTags;
using Lotse.Site;

namespace Lotse;

/// <summary>Builds a site with all of Lotse's features (<see cref="Features"/>), in one pass (<c>lotse build</c>,
/// <c>lotse check</c>) or, for a rebuild in <c>lotse serve</c>, in stages (<see cref="SiteBuild"/>).</summary>
public static class SiteBuilder
{
    /// <summary>Lotse's features, in the order their steps run where they share a step of the content pipeline.</summary>
    public static readonly IReadOnlyList<IFeature> Features =
    [
        new SearchFeature(),
        new RawHtmlFeature(),
        new CompatibilityFeature(),
        new TemplateTagsFeature(),
        new ChecklistsFeature(),
        new ContentChecksFeature(),
        new GlossaryFeature(),
        new DatesFeature(),
        new ScaffoldingFeature(),
        new SourcePolicyFeature(),
        new TemplatesFeature(),
        new PrintFeature(),
        new ConformanceFeature(), // before the offline archive, which contains its pages
        new OfflineFeature(),
        new PrecompressionFeature(), // last: compresses what the others wrote
    ];

    public static Task<BuildResult> BuildAsync(BuildOptions options, CancellationToken cancellationToken = default) =>
        SiteBuild.RunAsync(options, Features, cache: null, cancellationToken);

    /// <inheritdoc cref="SiteBuild.RunAsync"/>
    public static Task<BuildResult> BuildAsync(BuildOptions options, BuildCache? cache, CancellationToken cancellationToken = default) =>
        SiteBuild.RunAsync(options, Features, cache, cancellationToken);

    /// <inheritdoc cref="SiteBuild.RunInStagesAsync"/>
    public static Task<StagedBuild> BuildInStagesAsync(BuildOptions options, BuildCache cache, CancellationToken cancellationToken = default) =>
        SiteBuild.RunInStagesAsync(options, Features, cache, cancellationToken);
}
