
using Lotse.Blocks.Markdown;

namespace Lotse.Tests.Units;

public sealed class CalloutRendererTests
{
    private static string Html(string markdown)
    {
        var renderer = new MarkdownRenderer();
        return renderer.ToHtml(renderer.Parse(markdown));
    }

    /// <summary>Found by the property tests: an editor's class gave the div a second class attribute, which
    /// browsers ignore (the callout lost the editor's class) and validators reject.</summary>
    [Fact]
    public void An_editors_class_joins_the_callout_classes()
    {
        Html("::: hinweis {.extra}\nText\n:::\n").ShouldStartWith(
            "<div class=\"callout callout-hinweis extra\" role=\"note\"><p class=\"callout-label\">Hinweis</p>\n<p>Text</p>\n</div>");
    }

    [Fact]
    public void An_id_and_other_attributes_are_kept_and_role_is_written_once()
    {
        Html("::: tipp {#mein-tipp data-x=\"1\" role=\"alert\"}\nText\n:::\n").ShouldStartWith(
            "<div id=\"mein-tipp\" class=\"callout callout-tipp\" data-x=\"1\" role=\"note\"><p class=\"callout-label\">Tipp</p>");
    }
}
