using System.Collections.Immutable;
using Lotse.Blocks.Config;
using Lotse.Blocks.Diagnostics;
using Lotse.Blocks.Markdown;
using Lotse.Features.Checklists;
using Lotse.Kernel;

namespace Lotse.Tests.Properties;

/// <summary>Renders one page body the way <see cref="Lotse.Modules.RenderMarkdown"/> does, without a whole build:
/// the site's Markdig pipeline, heading ids, the checklist inspector (with three roles) and the HTML renderer.</summary>
public sealed class SiteMarkdown
{
    public static readonly ImmutableArray<Role> Roles =
    [
        new("kommune", "Kommune", "Kommune", ""),
        new("fachreferat", "Fachreferat", "FR", ""),
        new("ozg-koordination", "OZG-Koordination", "OZG-K", ""),
    ];

    /// <summary>The pipeline is immutable and thread-safe; building it takes longer than rendering a page.</summary>
    /// <summary>The repository site's four kinds of task (its lotse.yml's checklists.dimensions).</summary>
    public static readonly ChecklistDimensions Dimensions = ChecklistDimensions.From(new Dictionary<string, object?>
    {
        ["checklists"] = new Dictionary<string, object?>
        {
            ["dimensions"] = new Dictionary<string, object?>
            {
                ["organisatorisch"] = "Organisatorische Aufgaben",
                ["rechtlich"] = "Rechtliche Aufgaben",
                ["finanziell"] = "Finanzielle Aufgaben",
                ["technisch"] = "Technische Aufgaben",
            },
        },
    });

    private static readonly MarkdownRenderer Renderer = new([new ChecklistExtension()]);

    public DiagnosticBag Diagnostics { get; } = new();

    public IReadOnlyList<Heading> Headings { get; private set; } = [];

    public IReadOnlyList<Checklist> Checklists { get; private set; } = [];

    /// <summary>The HTML of <paramref name="markdown"/>, a page at <c>content/seite.md</c> whose body starts on line 1.</summary>
    public string Render(string markdown)
    {
        var document = Renderer.Parse(markdown);
        Headings = MarkdownRenderer.AssignHeadingIds(document, 1);
        var page = new Document("content/seite.md", "seite/index.html", markdown, Metadata.Empty);
        var inspector = new ChecklistPageInspector(Roles, new Dictionary<string, string>(), LinkStyle.Files, Diagnostics, dimensions: Dimensions);
        var metadata = Metadata.From(inspector.Inspect(page, document, 1));
        Checklists = metadata.Get(ChecklistKeys.Checklists) as List<Checklist> ?? [];
        return Renderer.ToHtml(document);
    }
}
