using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Lotse.Blocks.Config;

namespace Lotse.Features.Checklists;

/// <summary>
/// The kinds of task checklist items are grouped by, from <c>checklists: dimensions:</c> in <c>lotse.yml</c> (id: heading,
/// in this order). With the setting, every item names one of them (<c>dimension="…"</c>, else LOT0503). Without it, an
/// item may name any dimension: items without one come first, in one list without a heading, then one group per
/// dimension named, in the order they first appear, headed by the name as written.
/// <code>
/// checklists:
///   dimensions:
///     vorbereitung: Vor dem Start
///     betrieb: Im Betrieb
/// </code>
/// </summary>
public sealed partial class ChecklistDimensions
{
    public const string Section = "checklists";
    public const string Key = "dimensions";

    private ChecklistDimensions(ImmutableArray<Dimension> configured, IReadOnlyList<SettingProblem> problems)
    {
        Configured = configured;
        Problems = problems;
    }

    /// <summary>No dimensions configured: items are grouped by the dimensions they name.</summary>
    public static ChecklistDimensions None { get; } = new([], []);

    /// <summary>The site's dimensions in their order; empty without the setting.</summary>
    public ImmutableArray<Dimension> Configured { get; }

    public bool AreConfigured => !Configured.IsEmpty;

    public IReadOnlyList<SettingProblem> Problems { get; }

    public string Names => string.Join(", ", Configured.Select(d => d.Id));

    public static ChecklistDimensions From(IReadOnlyDictionary<string, object?> config)
    {
        var problems = new List<SettingProblem>();
        var dimensions = ImmutableArray.CreateBuilder<Dimension>();
        // Wrong types (not a mapping, a heading that is not text) are reported by the settings table (LOT0001).
        if (config.GetValueOrDefault(Section) is Dictionary<string, object?> section && section.GetValueOrDefault(Key) is Dictionary<string, object?> map)
            foreach (var (id, value) in map)
            {
                if (!IdPattern().IsMatch(id))
                {
                    problems.Add(new($"The checklist dimension '{id}' is not a usable id. Write it in letters, digits and dashes, e.g. 'technisch: Technische Aufgaben'", Section, Key, id) { AtKey = true });
                    continue;
                }
                if (value is not string { Length: > 0 } heading || heading.Trim().Length == 0)
                {
                    problems.Add(new($"The checklist dimension '{id}' has no heading. Write the heading of its group after it, e.g. '{id}: Technische Aufgaben'", Section, Key, id));
                    continue;
                }
                dimensions.Add(new Dimension(id, heading.Trim()));
            }
        return new ChecklistDimensions(dimensions.ToImmutable(), problems);
    }

    /// <summary>The groups of <paramref name="items"/> in the order they are shown; a group with an empty heading is the
    /// items without a dimension (only without the setting; the role pages head it "Aufgaben").</summary>
    public IEnumerable<(Dimension Dimension, List<T> Items)> Groups<T>(IReadOnlyList<T> items, Func<T, string> dimensionOf)
    {
        var order = AreConfigured
            ? Configured
            : [new Dimension("", ""), .. items.Select(dimensionOf).Where(d => d.Length > 0).Distinct(StringComparer.Ordinal).Select(d => new Dimension(d, d))];
        foreach (var dimension in order)
        {
            var members = items.Where(i => dimensionOf(i) == dimension.Id).ToList();
            if (members.Count > 0) yield return (dimension, members);
        }
    }

    /// <summary>True for a dimension id (configured, or named by an item without the setting): letters, digits, dashes.</summary>
    public static bool IsId(string id) => IdPattern().IsMatch(id);

    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N}_-]*$")]
    private static partial Regex IdPattern();
}
