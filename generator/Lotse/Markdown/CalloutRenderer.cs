using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Lotse.Markdown;

/// <summary>Renders <c>::: hinweis</c>, <c>::: warnung</c> and <c>::: tipp</c> as notes (<c>role="note"</c>) with a
/// visible label; other containers as a <c>div</c> with the container's name as class.</summary>
public sealed class CalloutRenderer : HtmlObjectRenderer<CustomContainer>
{
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["hinweis"] = "Hinweis",
        ["warnung"] = "Warnung",
        ["tipp"] = "Tipp",
    };

    protected override void Write(HtmlRenderer renderer, CustomContainer container)
    {
        var name = container.Info ?? "";
        renderer.EnsureLine();
        if (Labels.TryGetValue(name, out var label))
        {
            container.GetAttributes().Classes?.Remove(name); // Markdig adds the name as class; ours is callout-NAME
            renderer.Write("<div class=\"callout callout-").Write(name).Write("\" role=\"note\"")
                .WriteAttributes(container).Write('>');
            renderer.Write("<p class=\"callout-label\">").Write(label).WriteLine("</p>");
        }
        else
        {
            renderer.Write("<div").WriteAttributes(container).Write('>'); // class="NAME" from Markdig
        }
        renderer.WriteChildren(container);
        renderer.WriteLine("</div>");
    }
}
