using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Lotse.Blocks.Markdown;

/// <summary>Renders <c>::: hinweis</c>, <c>::: warnung</c> and <c>::: tipp</c> as notes (<c>role="note"</c>) with a
/// visible label; the names other generators use (VitePress, Docusaurus, MkDocs, GitHub: <c>tip</c>, <c>info</c>,
/// <c>note</c>, <c>warning</c>, <c>danger</c> …) as the same notes, with their own label; <c>details</c> as a native
/// <c>&lt;details&gt;</c>. A title after the name (<c>::: warning Achtung</c>, <c>::: tip "Titel"</c>,
/// <c>:::tip[Titel]</c>) replaces the label. Other containers become a <c>div</c> with the container's name as class.</summary>
public sealed partial class CalloutRenderer : HtmlObjectRenderer<CustomContainer>
{
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["hinweis"] = "Hinweis",
        ["warnung"] = "Warnung",
        ["tipp"] = "Tipp",
    };

    /// <summary>A callout: its style (one of <see cref="Labels"/>' names) and its default label.</summary>
    public sealed record Callout(string Style, string Label);

    /// <summary>Container names of other generators, with the callout each becomes (lower case).</summary>
    public static readonly IReadOnlyDictionary<string, Callout> Aliases = new Dictionary<string, Callout>(StringComparer.Ordinal)
    {
        ["note"] = new("hinweis", "Hinweis"),
        ["info"] = new("hinweis", "Info"),
        ["important"] = new("hinweis", "Wichtig"),
        ["abstract"] = new("hinweis", "Zusammenfassung"),
        ["summary"] = new("hinweis", "Zusammenfassung"),
        ["tldr"] = new("hinweis", "Zusammenfassung"),
        ["question"] = new("hinweis", "Frage"),
        ["help"] = new("hinweis", "Frage"),
        ["faq"] = new("hinweis", "Frage"),
        ["example"] = new("hinweis", "Beispiel"),
        ["quote"] = new("hinweis", "Zitat"),
        ["cite"] = new("hinweis", "Zitat"),
        ["tip"] = new("tipp", "Tipp"),
        ["hint"] = new("tipp", "Tipp"),
        ["success"] = new("tipp", "Erledigt"),
        ["check"] = new("tipp", "Erledigt"),
        ["done"] = new("tipp", "Erledigt"),
        ["warning"] = new("warnung", "Warnung"),
        ["attention"] = new("warnung", "Achtung"),
        ["caution"] = new("warnung", "Vorsicht"),
        ["danger"] = new("warnung", "Gefahr"),
        ["error"] = new("warnung", "Fehler"),
        ["failure"] = new("warnung", "Fehler"),
        ["fail"] = new("warnung", "Fehler"),
        ["missing"] = new("warnung", "Fehler"),
        ["bug"] = new("warnung", "Fehler"),
    };

    /// <summary>The name of the container that becomes a native <c>&lt;details&gt;</c>.</summary>
    public const string Details = "details";

    /// <summary>Every container name this renderer gives its own markup (for a warning about the others).</summary>
    public static IEnumerable<string> KnownNames => Labels.Keys.Concat(Aliases.Keys).Append(Details);

    /// <summary>A container's name and title: <c>warning Achtung</c>, <c>tip "Titel"</c>, <c>tip[Titel]</c>.</summary>
    public static (string Name, string? Title) NameAndTitle(CustomContainer container)
    {
        var name = container.Info ?? "";
        var title = container.Arguments;
        // Quarto and pandoc: '::: {.callout-note title="Titel"}' (the name in a class, the title in an attribute).
        if (name.Length == 0 && container.TryGetAttributes() is { } quarto
            && quarto.Classes?.FirstOrDefault(c => c.StartsWith("callout-", StringComparison.Ordinal)) is { } quartoClass)
        {
            name = quartoClass["callout-".Length..];
            title = quarto.Properties?.FirstOrDefault(p => p.Key == "title").Value;
        }
        var bracket = name.IndexOf('[');
        if (bracket > 0 && name.EndsWith(']'))
        {
            title = name[(bracket + 1)..^1] + (string.IsNullOrWhiteSpace(title) ? "" : " " + title);
            name = name[..bracket];
        }
        // Attributes in braces ({#id .class}) belong to the container, not to its title.
        title = title is null ? null : TrailingAttributes().Replace(title, "").Trim();
        if (title is { Length: >= 2 } && title[0] == '"' && title[^1] == '"') title = title[1..^1];
        return (name, string.IsNullOrWhiteSpace(title) ? null : title);
    }

    /// <summary>The callout a name becomes (<c>hinweis</c>, <c>Tip</c>, <c>WARNING</c>), or null.</summary>
    public static Callout? CalloutFor(string name)
    {
        if (Labels.TryGetValue(name, out var label)) return new Callout(name, label);
        var lower = name.ToLowerInvariant();
        return Aliases.GetValueOrDefault(lower) ?? (Labels.TryGetValue(lower, out label) ? new Callout(lower, label) : null);
    }

    protected override void Write(HtmlRenderer renderer, CustomContainer container)
    {
        if (HiddenInHtml(container.TryGetAttributes())) return;
        var (name, title) = NameAndTitle(container);
        renderer.EnsureLine();
        if (name.Equals(Details, StringComparison.OrdinalIgnoreCase) || container.GetData(Collapsible) is bool)
        {
            var callout = CalloutFor(name);
            var attributes = CalloutAttributes(container.GetAttributes(), container.Info ?? "", callout?.Style ?? Details);
            if (container.GetData(Collapsible) is true) attributes.AddProperty("open", "");
            renderer.Write("<details").WriteAttributes(attributes).Write('>');
            renderer.Write("<summary class=\"callout-label\">").WriteEscape(title ?? callout?.Label ?? "Details").WriteLine("</summary>");
            renderer.WriteChildren(container);
            renderer.WriteLine("</details>");
            return;
        }
        if (CalloutFor(name) is { } known)
        {
            renderer.Write("<div").WriteAttributes(CalloutAttributes(container.GetAttributes(), container.Info ?? "", known.Style)).Write(" role=\"note\">");
            renderer.Write("<p class=\"callout-label\">").WriteEscape(title ?? known.Label).WriteLine("</p>");
        }
        else
        {
            renderer.Write("<div").WriteAttributes(container).Write('>'); // class="NAME" from Markdig
        }
        renderer.WriteChildren(container);
        renderer.WriteLine("</div>");
    }

    /// <summary>The key of a container's data that makes it collapsible (MkDocs <c>???</c>): true when open at first
    /// (<c>???+</c>), false when closed.</summary>
    public const string Collapsible = "lotse.collapsible";

    /// <summary>One class attribute: <c>callout callout-STYLE</c>, then the editor's own classes (<c>{.extra}</c>);
    /// Markdig's class NAME goes, and so does an editor's <c>role</c>, which would repeat ours.</summary>
    private static HtmlAttributes CalloutAttributes(HtmlAttributes attributes, string info, string style)
    {
        var result = new HtmlAttributes { Id = attributes.Id };
        result.AddClass("callout");
        result.AddClass("callout-" + style);
        foreach (var extra in attributes.Classes ?? [])
            if (extra != info) result.AddClass(extra);
        foreach (var property in attributes.Properties ?? [])
            if (property.Key is not ("role" or "title")) result.AddProperty(property.Key, property.Value ?? "");
        return result;
    }

    /// <summary>Quarto's content for other formats: <c>{.content-visible unless-format="html"}</c>,
    /// <c>{.content-hidden when-format="html"}</c> (a PDF's or Word file's part) is left out of the page.</summary>
    private static bool HiddenInHtml(HtmlAttributes? attributes)
    {
        if (attributes?.Classes is not { } classes) return false;
        string? Property(string key) => attributes.Properties?.FirstOrDefault(p => p.Key == key).Value;
        if (classes.Contains("content-visible")) return Property("unless-format") == "html" || Property("when-format") is { } f && f != "html";
        if (classes.Contains("content-hidden")) return Property("when-format") is null or "html";
        return false;
    }

    /// <summary>An attribute block at the end of a callout's title (<c>{#id .class}</c>); NonBacktracking, so linear in
    /// the title (backtracking took time quadratic in a long run of spaces).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\s*\{[^{}]*\}\s*$", System.Text.RegularExpressions.RegexOptions.NonBacktracking)]
    private static partial System.Text.RegularExpressions.Regex TrailingAttributes();
}
