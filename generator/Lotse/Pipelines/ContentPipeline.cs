using Lotse.Checklists;
using Lotse.ContentChecks;
using Lotse.Core;
using Lotse.Dates;
using Lotse.Glossary;
using Lotse.Modules;
using Lotse.Scaffolding;

namespace Lotse.Pipelines;

/// <summary>The pages: Markdown with front matter, pages from data and section pages, rendered into layouts.</summary>
public sealed class ContentPipeline : Pipeline
{
    public ContentPipeline()
    {
        Dependencies.AddRange([nameof(DataPipeline), nameof(AssetsPipeline)]);
        Input.Add(new ReadContentFiles());
        Process.AddRange([
            new ExtractFrontMatter(),
            new AddPagesFromData(),
            new AddSectionPages(),
            new AddNotFoundPage(),
            new AddSearchPage(),
            new AddChecklistRolePages(),
            new ApplyDirectoryDefaults(),
            new AddLastChanged(),
            new CheckReviewDates(),
            new CheckPlaceholders(),
            new AssignOutputPaths(),
            new RenderMarkdown(new RawHtml.RawHtmlInspector(), new ChecklistInspector(), new ContentChecksInspector(), new GlossaryInspector()),
            new CollectChecklists(),
        ]);
        PostProcess.AddRange([
            new RenderLayouts(),
            new AnalyzeHtml(),
        ]);
        Output.Add(new WriteFiles());
    }
}
