using Lotse.Site.Modules;

namespace Lotse.Site.Pipelines;

/// <summary>The pages: Markdown with front matter, pages from data and section pages, rendered into layouts; the
/// features add their pages, their checks and their readers of the Markdown at fixed steps.</summary>
public sealed class ContentPipeline : Pipeline
{
    public ContentPipeline(IReadOnlyList<IFeature> features)
    {
        Dependencies.AddRange([nameof(DataPipeline), nameof(AssetsPipeline)]);
        Input.Add(new ReadContentFiles());
        Process.AddRange([
            new ExtractFrontMatter(),
            new AddPagesFromData(),
            new AddSectionPages(),
            new AddNotFoundPage(),
            .. features.SelectMany(f => f.AddPages),
            .. PageSteps(features),
            new RenderMarkdown([.. features.SelectMany(f => f.MarkdownInspectors)]),
            .. features.SelectMany(f => f.AfterMarkdown),
        ]);
        PostProcess.AddRange([
            new RenderLayouts(),
            .. AfterLayouts(),
        ]);
        Output.Add(new WriteFiles());
    }

    /// <summary>The steps each page takes between its front matter and its Markdown, besides those that add pages:
    /// <c>lotse serve</c>'s fast lane runs them over the edited page alone (<see cref="SinglePageRender"/>).</summary>
    internal static IEnumerable<IModule> PageSteps(IReadOnlyList<IFeature> features) => [
        new ApplyDirectoryDefaults(),
        .. features.SelectMany(f => f.CheckPages),
        new AssignOutputPaths(),
    ];

    /// <summary>The steps after the layouts, one page at a time (also the fast lane's).</summary>
    internal static IEnumerable<IModule> AfterLayouts() => [new AnalyzeHtml(), new RootNotFoundPage(), new KeepHtmlAsUtf8()];
}
