using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Lotse.Blocks.Markdown;

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
            renderer.Write("<div").WriteAttributes(CalloutAttributes(container.GetAttributes(), name)).Write(" role=\"note\">");
            renderer.Write("<p class=\"callout-label\">").Write(label).WriteLine("</p>");
        }
        else
        {
            renderer.Write("<div").WriteAttributes(container).Write('>'); // class="NAME" from Markdig
        }
        renderer.WriteChildren(container);
        renderer.WriteLine("</div>");
    }

    /// <summary>One class attribute: <c>callout callout-NAME</c>, then the editor's own classes (<c>{.extra}</c>);
    /// Markdig's class NAME goes, and so does an editor's <c>role</c>, which would repeat ours.</summary>
    private static HtmlAttributes CalloutAttributes(HtmlAttributes attributes, string name)
    {
        var result = new HtmlAttributes { Id = attributes.Id };
        result.AddClass("callout");
        result.AddClass("callout-" + name);
        foreach (var extra in attributes.Classes ?? [])
            if (extra != name) result.AddClass(extra);
        foreach (var property in attributes.Properties ?? [])
            if (property.Key != "role") result.AddProperty(property.Key, property.Value ?? "");
        return result;
    }
}
