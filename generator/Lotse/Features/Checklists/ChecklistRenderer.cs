using Lotse.Blocks.Html;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Lotse.Features.Checklists;

/// <summary>
/// Renders a <c>::: checkliste</c> container that the inspector has read. Before a page's first checklist comes
/// the one panel of the page: the role chooser (radio group, shown by the script and compact once a role is
/// chosen, with "Rolle ändern"; links to the static role pages without it), the progress of the page and of each
/// checklist, the note for a role without tasks on the page, and one set of actions for the whole page (export,
/// print, reset, "Mein Fortschritt"). Each checklist is a section with a small counter and the items grouped by
/// dimension as labelled checkboxes. Every other container goes to the renderer it replaced.
/// </summary>
internal sealed class ChecklistRenderer(HtmlObjectRenderer<CustomContainer> fallback) : HtmlObjectRenderer<CustomContainer>
{
    /// <summary>Prefix of the ids of the page panel (no checklist or item id may start with it).</summary>
    public const string PanelId = "checklisten-seite";

    protected override void Write(HtmlRenderer renderer, CustomContainer container)
    {
        if (container.GetData(ChecklistView.DataKey) is not ChecklistView view)
        {
            ((IMarkdownObjectRenderer)fallback).Write(renderer, container);
            return;
        }
        var checklist = view.Checklist;
        var id = checklist.Id;
        var total = checklist.Items.Length;
        renderer.EnsureLine();
        if (view.AssetPrefix is { } prefix)
        {
            renderer.Write("<link rel=\"stylesheet\" href=\"").WriteUrl(prefix + "assets/css/checklist.css").WriteLine("\">");
            renderer.Write("<script src=\"").WriteUrl(prefix + "assets/js/checklist.js").WriteLine("\" defer></script>");
        }
        if (view.IsFirst) WritePanel(renderer, view);
        renderer.Write("<section class=\"checklist\" id=\"").WriteEscape(id).Write("\" data-checklist=\"").WriteEscape(id)
            .Write("\" aria-labelledby=\"").WriteEscape(id).WriteLine("--titel\">");
        renderer.Write($"<h{view.HeadingLevel} class=\"checklist-title\" id=\"").WriteEscape(id).Write("--titel\">")
            .WriteEscape(checklist.Title).WriteLine($"</h{view.HeadingLevel}>");
        renderer.Write("<p class=\"checklist-count\" id=\"").WriteEscape(id).Write("--stand\" data-count hidden>")
            .Write($"0 von {total} erledigt").WriteLine("</p>");
        var dimensions = view.Dimensions ?? ChecklistDimensions.None;
        foreach (var (dimension, indexes) in dimensions.Groups(Enumerable.Range(0, total).ToList(), i => checklist.Items[i].Dimension))
        {
            var grouped = dimension.Heading.Length > 0; // items without a dimension: one list, no group heading
            if (grouped)
            {
                renderer.Write("<div class=\"checklist-group\" data-dimension=\"").WriteEscape(dimension.Id).WriteLine("\">");
                var level = view.HeadingLevel + 1;
                renderer.Write($"<h{level} class=\"checklist-group-title\">").WriteEscape(dimension.Heading).WriteLine($"</h{level}>");
            }
            renderer.WriteLine("<ul class=\"checklist-items\">");
            foreach (var i in indexes) WriteItem(renderer, view, i);
            renderer.WriteLine("</ul>");
            if (grouped) renderer.WriteLine("</div>");
        }
        renderer.WriteLine("</section>");
    }

    private static void WritePanel(HtmlRenderer renderer, ChecklistView view)
    {
        var total = view.PageChecklists.Sum(c => c.Items.Length);
        renderer.WriteLine($"<section class=\"checklist-panel\" id=\"{PanelId}\" data-checklist-panel aria-label=\"Rolle und Fortschritt auf dieser Seite\">");
        WriteChooser(renderer, view);
        renderer.WriteLine("<p class=\"checklist-print-info\" data-print-info hidden></p>");
        renderer.WriteLine("<div class=\"checklist-status\" data-status hidden>");
        renderer.WriteLine($"<p class=\"checklist-page-count\" id=\"{PanelId}--stand\" data-page-count aria-live=\"polite\">0 von {total} Aufgaben auf dieser Seite erledigt</p>");
        renderer.WriteLine($"<progress class=\"checklist-progress\" max=\"{total}\" value=\"0\" aria-labelledby=\"{PanelId}--stand\" data-page-progress></progress>");
        renderer.WriteLine("<ul class=\"checklist-summary\" data-summary>");
        foreach (var checklist in view.PageChecklists)
            renderer.Write("<li data-summary-for=\"").WriteEscape(checklist.Id).Write("\">").WriteEscape(checklist.Title)
                .Write(": <span data-summary-count>").Write($"0 von {checklist.Items.Length}").WriteLine("</span></li>");
        renderer.WriteLine("</ul>");
        renderer.WriteLine("</div>");
        renderer.WriteLine("<div class=\"checklist-empty-note\" data-empty-note hidden>");
        renderer.WriteLine("<p data-empty-text></p>");
        renderer.WriteLine(ChecklistView.ElsewhereMarker);
        renderer.WriteLine("</div>");
        renderer.WriteLine("<details class=\"checklist-actions\" data-actions hidden>");
        renderer.WriteLine("<summary>Exportieren, drucken, zurücksetzen</summary>");
        renderer.WriteLine("<div class=\"checklist-action-buttons\">");
        renderer.WriteLine("<button type=\"button\" data-action=\"markdown\">Als Markdown herunterladen</button>");
        renderer.WriteLine("<button type=\"button\" data-action=\"csv\">Als CSV herunterladen</button>");
        renderer.WriteLine("<button type=\"button\" data-action=\"print\">Drucken</button>");
        renderer.WriteLine("<button type=\"button\" data-action=\"reset\">Alle Haken dieser Seite zurücksetzen</button>");
        renderer.WriteLine("</div>");
        if (view.ProgressPage is { } progress)
            renderer.Write("<p class=\"checklist-progress-link\">Alle Aufgaben Ihrer Rolle aus allen Checklisten, zum Exportieren und Weitergeben: <a href=\"")
                .WriteUrl(progress).WriteLine("\">Mein Fortschritt</a></p>");
        renderer.WriteLine("</details>");
        renderer.WriteLine("</section>");
    }

    private static void WriteChooser(HtmlRenderer renderer, ChecklistView view)
    {
        renderer.WriteLine("<div class=\"checklist-chooser\">");
        renderer.WriteLine("<p class=\"checklist-role-current\" data-role-current hidden>Meine Rolle: <strong data-role-name></strong> "
            + $"<button type=\"button\" data-action=\"change-role\" aria-expanded=\"false\" aria-controls=\"{PanelId}--rollenwahl\">Rolle ändern</button></p>");
        renderer.WriteLine($"<fieldset class=\"checklist-role-choice\" id=\"{PanelId}--rollenwahl\" data-role-choice hidden>");
        renderer.WriteLine("<legend>Meine Rolle</legend>");
        renderer.WriteLine("<div class=\"checklist-role-options\">");
        WriteOption("alle", "", "Alle Rollen", isChecked: true);
        foreach (var role in view.Roles) WriteOption(role.Id, role.Id, role.Name, isChecked: false);
        renderer.WriteLine("</div>");
        renderer.WriteLine("</fieldset>");
        if (view.RolePages.Length > 0)
        {
            renderer.WriteLine("<div class=\"checklist-role-pages\" data-role-pages>");
            renderer.WriteLine("<p>Die Aufgaben einer Rolle aus allen Checklisten auf einer Seite, auch zum Drucken:</p>");
            renderer.WriteLine("<ul>");
            foreach (var link in view.RolePages)
                renderer.Write("<li><a href=\"").WriteUrl(link.Url).Write("\">").WriteEscape(link.Role.Name).WriteLine("</a></li>");
            renderer.WriteLine("</ul>");
            renderer.WriteLine("</div>");
        }
        renderer.WriteLine("</div>");

        void WriteOption(string suffix, string value, string label, bool isChecked)
        {
            renderer.Write($"<span class=\"checklist-role-option\"><input type=\"radio\" name=\"{PanelId}--rolle\" id=\"{PanelId}--rolle-")
                .WriteEscape(suffix).Write("\" value=\"").WriteEscape(value).Write('"')
                .Write(isChecked ? " checked" : "").Write($"><label for=\"{PanelId}--rolle-").WriteEscape(suffix).Write("\">")
                .WriteEscape(label).WriteLine("</label></span>");
        }
    }

    private static void WriteItem(HtmlRenderer renderer, ChecklistView view, int index)
    {
        var item = view.Checklist.Items[index];
        var roleNames = item.Roles.Select(r => view.Roles.FirstOrDefault(known => known.Id == r)?.Name ?? r);
        renderer.Write("<li class=\"checklist-item\" id=\"").WriteEscape(item.Id).Write("\" data-item=\"").WriteEscape(item.Id)
            .Write("\" data-rollen=\"").WriteEscape(string.Join(' ', item.Roles)).Write("\" data-dimension=\"").WriteEscape(item.Dimension).Write('"');
        if (item.Due is { } due) renderer.Write(" data-frist=\"").WriteEscape(due).Write('"');
        renderer.WriteLine(">");
        renderer.Write("<input type=\"checkbox\" class=\"checklist-box\" id=\"").WriteEscape(item.Id).Write("--haken\" aria-describedby=\"")
            .WriteEscape(item.Id).WriteLine("--rollen\">");
        renderer.Write("<label for=\"").WriteEscape(item.Id).Write("--haken\">");
        var label = view.Labels[index];
        foreach (var inline in label.Inline!)
            if (inline is not TaskList) renderer.Write(inline);
        renderer.WriteLine("</label>");
        renderer.Write("<span class=\"checklist-item-roles\" id=\"").WriteEscape(item.Id).Write("--rollen\">Rollen: ")
            .WriteEscape(string.Join(", ", roleNames));
        if (item.Due is { } hint) renderer.Write(" · <span class=\"checklist-item-due\">Frist: ").WriteEscape(hint).Write("</span>");
        renderer.WriteLine("</span>");
        if (view.ItemLinks?.GetValueOrDefault(item.Id) is { } url)
            renderer.Write("<a class=\"checklist-item-link\" href=\"").WriteUrl(url).Write("\" data-item-link>Mehr dazu<span class=\"visually-hidden\">: ")
                .WriteEscape(item.Text).WriteLine("</span></a>");
        renderer.WriteLine("</li>");
    }
}
