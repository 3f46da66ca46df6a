using System.Collections.Immutable;
using Lotse.Blocks.Data;

using Lotse.Site;

namespace Lotse.Features.Checklists;

/// <summary>A role from <c>content/_data/rollen.yml</c> (<c>id</c>, <c>name</c>, <c>kurz</c>, <c>beschreibung</c>).</summary>
[FeatureContract]
public sealed record Role(string Id, string Name, string Short, string Description)
{
    public const string DataName = "rollen";
    public const string DataFile = "content/_data/rollen.yml";

    /// <summary>The roles in the order of the data file; entries without an id are skipped.</summary>
    public static ImmutableArray<Role> From(IReadOnlyDictionary<string, object?> data)
    {
        if (data.GetValueOrDefault(DataName) is not List<object?> entries) return [];
        var roles = ImmutableArray.CreateBuilder<Role>();
        foreach (var entry in entries.OfType<Dictionary<string, object?>>())
        {
            var id = PlainData.AsString(entry.GetValueOrDefault("id"));
            if (string.IsNullOrWhiteSpace(id)) continue;
            var name = PlainData.AsString(entry.GetValueOrDefault("name")) ?? id;
            roles.Add(new Role(id, name, PlainData.AsString(entry.GetValueOrDefault("kurz")) ?? name,
                PlainData.AsString(entry.GetValueOrDefault("beschreibung")) ?? ""));
        }
        return roles.ToImmutable();
    }
}
