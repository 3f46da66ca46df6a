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
            new ApplyDirectoryDefaults(),
            .. features.SelectMany(f => f.CheckPages),
            new AssignOutputPaths(),
            new RenderMarkdown([.. features.SelectMany(f => f.MarkdownInspectors)]),
            .. features.SelectMany(f => f.AfterMarkdown),
        ]);
        PostProcess.AddRange([
            new RenderLayouts(),
            new AnalyzeHtml(),
            new RootNotFoundPage(),
            new KeepHtmlAsUtf8(),
        ]);
        Output.Add(new WriteFiles());
    }
}
