using System.Collections.Immutable;
using Lotse.Blocks.Diagnostics;
using Lotse.Blocks.Markdown;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Lotse.Features.Checklists;

/// <summary>Reads and checks one <c>::: checkliste</c> container of a page and reports what is wrong at its
/// file line and column. Ids that must be unique in the whole site are checked later (<see cref="CollectChecklists"/>).</summary>
internal sealed partial class ChecklistReader(string sourcePath, SourceLocator locator, int firstLine, ImmutableArray<Role> roles, ChecklistDimensions dimensions, DiagnosticBag diagnostics)
{
    private const string Syntax = "::: checkliste id=\"…\" titel=\"…\"";
    private const string ItemSyntax = "- [ ] Text {#id rollen=\"…\" dimension=\"…\"}";
    private const string OptionalSyntax = "link=\"seite.md#anker\" (where the item is explained) and frist=\"…\" (a due hint)";

    /// <summary>The content-root path of the page (<c>anleitungen/checklisten/umzug.md</c>), for item links.</summary>
    private string ContentPath => sourcePath.StartsWith("content/", StringComparison.Ordinal) ? sourcePath["content/".Length..] : sourcePath;

    /// <summary>The checklist and its items' paragraphs, or null when the container has no id.</summary>
    public (Checklist Checklist, ImmutableArray<ParagraphBlock> Labels)? Read(CustomContainer container)
    {
        var line = firstLine + container.Line;
        var column = container.Column + 1;
        var arguments = ContainerArguments.Parse(container.Arguments, out var rest);
        if (rest is not null)
            Error(DiagnosticCodes.ChecklistInvalid, line, column, $"Cannot read '{rest}' in the checklist's first line. Write {Syntax}");
        foreach (var key in arguments.Keys.Where(k => k is not ("id" or "titel")))
            Error(DiagnosticCodes.ChecklistInvalid, line, column, $"Unknown checklist attribute '{key}'. Write {Syntax}");
        var id = arguments.GetValueOrDefault("id")?.Trim();
        if (string.IsNullOrEmpty(id))
        {
            Error(DiagnosticCodes.ChecklistInvalid, line, column, $"The checklist has no id. Write {Syntax} with an id that no other checklist uses");
            return null;
        }
        var title = arguments.GetValueOrDefault("titel")?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            Error(DiagnosticCodes.ChecklistInvalid, line, column, $"The checklist '{id}' has no title. Add titel=\"…\" after the id");
            title = id;
        }

        var items = ImmutableArray.CreateBuilder<ChecklistItem>();
        var labels = ImmutableArray.CreateBuilder<ParagraphBlock>();
        foreach (var block in container)
        {
            if (block is not ListBlock list)
            {
                Error(DiagnosticCodes.ChecklistInvalid, firstLine + block.Line, block.Column + 1,
                    $"Only task-list items may stand in the checklist '{id}'. Move this text out of the checklist or write it as an item: {ItemSyntax}");
                continue;
            }
            foreach (var child in list)
            {
                if (child is ListItemBlock listItem && LabelOf(listItem) is { } paragraph)
                {
                    if (ReadItem(id, listItem, paragraph) is not { } item) continue;
                    items.Add(item);
                    labels.Add(paragraph);
                }
                else
                {
                    Error(DiagnosticCodes.ChecklistInvalid, firstLine + child.Line, child.Column + 1,
                        $"A checklist item is one task-list item without further paragraphs or lists. Write it as {ItemSyntax}");
                }
            }
        }
        if (container.Count == 0)
            Error(DiagnosticCodes.ChecklistInvalid, line, column, $"The checklist '{id}' has no items. Add items ({ItemSyntax}) or remove the checklist");
        return (new Checklist(id, title, sourcePath, line, column, items.ToImmutable()), labels.ToImmutable());
    }

    private static ParagraphBlock? LabelOf(ListItemBlock item) =>
        item.Count == 1 && item[0] is ParagraphBlock { Inline.FirstChild: TaskList } paragraph ? paragraph : null;

    private ChecklistItem? ReadItem(string checklistId, ListItemBlock listItem, ParagraphBlock paragraph)
    {
        var line = firstLine + listItem.Line;
        var column = listItem.Column + 1;
        var errors = 0;
        var attributes = paragraph.TryGetAttributes();
        var text = string.Join(' ', MarkdownRenderer.PlainText(paragraph.Inline).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

        if (UnreadAttributes().Match(text) is { Success: true } unread)
        {
            var (l, c) = At("{");
            Error(DiagnosticCodes.ChecklistInvalid, l, c,
                $"Cannot read the attributes '{unread.Value.Trim()}' of an item in the checklist '{checklistId}'. Write them as {{#id rollen=\"…\" dimension=\"…\"}} at the end of the item (an id has at least two characters)");
            return null;
        }

        var id = attributes?.Id;
        var derived = string.IsNullOrEmpty(id);
        if (derived)
        {
            id = GermanSlug.From(text);
            if (id.Length == 0)
            {
                Error(DiagnosticCodes.ChecklistInvalid, line, column,
                    $"An item of the checklist '{checklistId}' has neither an id nor a text to derive one from. Add an id: {ItemSyntax}");
                return null;
            }
        }

        var properties = (attributes?.Properties ?? []).ToDictionary(p => p.Key, p => p.Value ?? "", StringComparer.Ordinal);
        foreach (var key in properties.Keys.Where(k => k is not ("rollen" or "dimension" or "link" or "frist")))
        {
            errors++;
            var (l, c) = At(key + "=");
            Error(DiagnosticCodes.ChecklistInvalid, l, c, $"Unknown attribute '{key}' in the item '{id}'. Write {ItemSyntax}, optionally with {OptionalSyntax}");
        }

        var itemRoles = properties.GetValueOrDefault("rollen", "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct().ToImmutableArray();
        if (itemRoles.IsEmpty)
        {
            errors++;
            Error(DiagnosticCodes.ChecklistRoleUnknown, line, column,
                $"The item '{id}' names no roles. Add rollen=\"…\" with role ids from {Role.DataFile}: {KnownRoles}");
        }
        foreach (var role in itemRoles.Where(r => !roles.Any(known => known.Id == r)))
        {
            errors++;
            var (l, c) = At("rollen=");
            Error(DiagnosticCodes.ChecklistRoleUnknown, l, c, $"Unknown role '{role}' in the item '{id}'. Use role ids from {Role.DataFile}: {KnownRoles}");
        }

        // Without checklists.dimensions in lotse.yml, an item may name any dimension or none.
        var dimension = properties.GetValueOrDefault("dimension", "").Trim();
        if (dimensions.AreConfigured && dimension.Length == 0)
        {
            errors++;
            Error(DiagnosticCodes.ChecklistDimensionInvalid, line, column,
                $"The item '{id}' has no dimension. Add dimension=\"…\" with one of: {dimensions.Names}");
        }
        else if (!dimensions.AreConfigured && dimension.Length > 0 && !ChecklistDimensions.IsId(dimension))
        {
            errors++;
            var (l, c) = At("dimension=");
            Error(DiagnosticCodes.ChecklistDimensionInvalid, l, c,
                $"The dimension '{dimension}' in the item '{id}' is not a usable name. Write it in letters, digits and dashes, or list the site's dimensions under checklists.dimensions in lotse.yml");
        }
        else if (dimensions.AreConfigured && !dimensions.Configured.Any(d => d.Id == dimension))
        {
            errors++;
            var (l, c) = At("dimension=");
            Error(DiagnosticCodes.ChecklistDimensionInvalid, l, c, $"Unknown dimension '{dimension}' in the item '{id}'. Use one of: {dimensions.Names}");
        }

        string? link = null;
        if (properties.TryGetValue("link", out var rawLink))
        {
            link = ResolveLink(rawLink.Trim());
            if (link is null)
            {
                errors++;
                var (l, c) = At("link=");
                Error(DiagnosticCodes.ChecklistLinkInvalid, l, c,
                    $"Cannot read the link '{rawLink}' of the item '{id}'. Write link=\"seite.md\" or link=\"seite.md#anker\" (a Markdown page relative to this page) or an https:// address");
            }
        }
        string? due = null;
        if (properties.TryGetValue("frist", out var rawDue))
        {
            due = string.Join(' ', rawDue.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (due.Length == 0)
            {
                errors++;
                var (l, c) = At("frist=");
                Error(DiagnosticCodes.ChecklistInvalid, l, c, $"The due hint of the item '{id}' is empty. Write frist=\"…\" with a date or a hint, or remove it");
            }
        }

        return errors > 0 ? null : new ChecklistItem(id!, derived, text, itemRoles, dimension, line, column, link, due);

        (int Line, int Column) At(string attribute) => locator.OfAttribute(listItem.Span.Start, listItem.Span.End, attribute);
    }

    /// <summary>A link of an item as content-root path (with its anchor) or absolute URL; null when it cannot be one.</summary>
    private string? ResolveLink(string link)
    {
        if (link.StartsWith("https://", StringComparison.Ordinal) || link.StartsWith("http://", StringComparison.Ordinal))
            return link.Length > "https://".Length && !link.Any(char.IsWhiteSpace) ? link : null;
        var hash = link.IndexOf('#');
        var path = hash >= 0 ? link[..hash] : link;
        var anchor = hash >= 0 ? link[hash..] : "";
        if (path.Length == 0) return anchor.Length > 1 ? ContentPath + anchor : null;
        if (!path.EndsWith(".md", StringComparison.Ordinal) || path.Contains("://", StringComparison.Ordinal)) return null;
        var combined = path.StartsWith('/') ? path.TrimStart('/') : Lotse.Blocks.Paths.SiteUrls.Combine(Lotse.Blocks.Paths.SiteUrls.FolderOf(ContentPath), path);
        return combined is null ? null : combined + anchor;
    }

    /// <summary>Attributes that Markdig left as text (for example <c>{#a rollen="…"}</c>: one-character ids are not read).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\{\s*(#|\.|[A-Za-z][\w-]*\s*=)[^{}]*\}\s*$")]
    private static partial System.Text.RegularExpressions.Regex UnreadAttributes();

    private string KnownRoles => roles.IsEmpty ? $"(none: {Role.DataFile} is missing or empty)" : string.Join(", ", roles.Select(r => r.Id));

    private void Error(string code, int line, int column, string message) => diagnostics.Error(code, sourcePath, line, column, message);
}
