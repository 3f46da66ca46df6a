using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Lotse.Features.Checklists;

/// <summary>
/// Renders a <c>::: checkliste</c> container that the inspector has read: a section with a role chooser
/// (radio group, shown by the script; links to the static role pages without it), the count and progress,
/// the items grouped by dimension as labelled checkboxes, and the actions (reset, export, print).
/// Every other container goes to the renderer it replaced.
/// </summary>
public sealed class ChecklistRenderer(HtmlObjectRenderer<CustomContainer> fallback) : HtmlObjectRenderer<CustomContainer>
{
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
            renderer.Write("<link rel=\"stylesheet\" href=\"").WriteEscapeUrl(prefix + "assets/css/checklist.css").WriteLine("\">");
            renderer.Write("<script src=\"").WriteEscapeUrl(prefix + "assets/js/checklist.js").WriteLine("\" defer></script>");
        }
        renderer.Write("<section class=\"checklist\" id=\"").WriteEscape(id).Write("\" data-checklist=\"").WriteEscape(id)
            .Write("\" aria-labelledby=\"").WriteEscape(id).WriteLine("--titel\">");
        renderer.Write($"<h{view.HeadingLevel} class=\"checklist-title\" id=\"").WriteEscape(id).Write("--titel\">")
            .WriteEscape(checklist.Title).WriteLine($"</h{view.HeadingLevel}>");
        WriteChooser(renderer, view);
        renderer.WriteLine("<p class=\"checklist-print-info\" data-print-info hidden></p>");
        renderer.WriteLine("<div class=\"checklist-status\" data-status hidden>");
        renderer.Write("<p class=\"checklist-count\" id=\"").WriteEscape(id).Write("--stand\" data-count aria-live=\"polite\">")
            .Write($"0 von {total} erledigt").WriteLine("</p>");
        renderer.Write($"<progress class=\"checklist-progress\" max=\"{total}\" value=\"0\" aria-labelledby=\"").WriteEscape(id)
            .WriteLine("--stand\" data-progress></progress>");
        renderer.WriteLine("</div>");
        renderer.WriteLine("<p class=\"checklist-empty\" data-empty hidden></p>");
        foreach (var dimension in Dimension.All)
        {
            var indexes = Enumerable.Range(0, total).Where(i => checklist.Items[i].Dimension == dimension.Id).ToList();
            if (indexes.Count == 0) continue;
            renderer.Write("<div class=\"checklist-group\" data-dimension=\"").Write(dimension.Id).WriteLine("\">");
            var level = view.HeadingLevel + 1;
            renderer.WriteLine($"<h{level} class=\"checklist-group-title\">{dimension.Heading}</h{level}>");
            renderer.WriteLine("<ul class=\"checklist-items\">");
            foreach (var i in indexes) WriteItem(renderer, view, i);
            renderer.WriteLine("</ul>");
            renderer.WriteLine("</div>");
        }
        renderer.WriteLine("<div class=\"checklist-actions\" data-actions hidden>");
        renderer.WriteLine("<button type=\"button\" data-action=\"reset\">Alle Haken zurücksetzen</button>");
        renderer.WriteLine("<button type=\"button\" data-action=\"markdown\">Als Markdown herunterladen</button>");
        renderer.WriteLine("<button type=\"button\" data-action=\"csv\">Als CSV herunterladen</button>");
        renderer.WriteLine("<button type=\"button\" data-action=\"print\">Drucken</button>");
        renderer.WriteLine("</div>");
        renderer.WriteLine("</section>");
    }

    private static void WriteChooser(HtmlRenderer renderer, ChecklistView view)
    {
        var id = view.Checklist.Id;
        renderer.WriteLine("<div class=\"checklist-chooser\">");
        renderer.WriteLine("<fieldset class=\"checklist-role-choice\" data-role-choice hidden>");
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
                renderer.Write("<li><a href=\"").WriteEscapeUrl(link.Url).Write("\">").WriteEscape(link.Role.Name).WriteLine("</a></li>");
            renderer.WriteLine("</ul>");
            renderer.WriteLine("</div>");
        }
        renderer.WriteLine("</div>");

        void WriteOption(string suffix, string value, string label, bool isChecked)
        {
            renderer.Write("<span class=\"checklist-role-option\"><input type=\"radio\" name=\"").WriteEscape(id).Write("--rolle\" id=\"")
                .WriteEscape(id).Write("--rolle-").WriteEscape(suffix).Write("\" value=\"").WriteEscape(value).Write('"')
                .Write(isChecked ? " checked" : "").Write("><label for=\"").WriteEscape(id).Write("--rolle-").WriteEscape(suffix).Write("\">")
                .WriteEscape(label).WriteLine("</label></span>");
        }
    }

    private static void WriteItem(HtmlRenderer renderer, ChecklistView view, int index)
    {
        var item = view.Checklist.Items[index];
        var roleNames = item.Roles.Select(r => view.Roles.FirstOrDefault(known => known.Id == r)?.Name ?? r);
        renderer.Write("<li class=\"checklist-item\" id=\"").WriteEscape(item.Id).Write("\" data-item=\"").WriteEscape(item.Id)
            .Write("\" data-rollen=\"").WriteEscape(string.Join(' ', item.Roles)).Write("\" data-dimension=\"").Write(item.Dimension).WriteLine("\">");
        renderer.Write("<input type=\"checkbox\" class=\"checklist-box\" id=\"").WriteEscape(item.Id).Write("--haken\" aria-describedby=\"")
            .WriteEscape(item.Id).WriteLine("--rollen\">");
        renderer.Write("<label for=\"").WriteEscape(item.Id).Write("--haken\">");
        var label = view.Labels[index];
        foreach (var inline in label.Inline!)
            if (inline is not TaskList) renderer.Write(inline);
        renderer.WriteLine("</label>");
        renderer.Write("<span class=\"checklist-item-roles\" id=\"").WriteEscape(item.Id).Write("--rollen\">Rollen: ")
            .WriteEscape(string.Join(", ", roleNames)).WriteLine("</span>");
        renderer.WriteLine("</li>");
    }
}
