using System.Collections.Immutable;

namespace Lotse.Features.Checklists;

/// <summary>One of the four kinds of task a checklist item has (organisational, legal, financial, technical); items are grouped by it, in this order.</summary>
public sealed record Dimension(string Id, string Heading)
{
    public static readonly ImmutableArray<Dimension> All =
    [
        new("organisatorisch", "Organisatorische Aufgaben"),
        new("rechtlich", "Rechtliche Aufgaben"),
        new("finanziell", "Finanzielle Aufgaben"),
        new("technisch", "Technische Aufgaben"),
    ];

    public static Dimension? Find(string id) => All.FirstOrDefault(d => d.Id == id);

    public static string Names => string.Join(", ", All.Select(d => d.Id));
}
