using System.Text;
using System.Text.RegularExpressions;

namespace Lotse.Features.Templates;

/// <summary>Gives the relationships of a package's parts ids in the order they appear (<c>rId1</c>, <c>rId2</c> …),
/// and the core properties a fixed part name (<see cref="CorePropertiesPart"/>): the OpenXml SDK and System.IO.Packaging
/// name both at random. Ids named on purpose (<c>link1</c>, referred to by the
/// document's text) stay; the others are referred to by no part, so renaming them in the <c>.rels</c> files is enough.</summary>
internal static partial class RelationshipIds
{
    public const string CorePropertiesPart = "package/services/metadata/core-properties/core.psmdcp";

    public static void Renumber(IDictionary<string, byte[]> entries)
    {
        var core = entries.Keys.FirstOrDefault(n => n.StartsWith("package/services/metadata/core-properties/", StringComparison.Ordinal) &&
                                                    n.EndsWith(".psmdcp", StringComparison.Ordinal) && n != CorePropertiesPart);
        if (core is not null)
        {
            entries[CorePropertiesPart] = entries[core];
            entries.Remove(core);
        }
        foreach (var name in entries.Keys.Where(n => n.EndsWith(".rels", StringComparison.Ordinal)).ToList())
        {
            var number = 0;
            var xml = Encoding.UTF8.GetString(entries[name]);
            if (core is not null) xml = xml.Replace("/" + core, "/" + CorePropertiesPart, StringComparison.Ordinal);
            var renamed = Id().Replace(xml, match =>
                match.Groups[1].Value.StartsWith("link", StringComparison.Ordinal) ? match.Value : $" Id=\"rId{++number}\"");
            entries[name] = Encoding.UTF8.GetBytes(renamed);
        }
    }

    [GeneratedRegex(" Id=\"([^\"]*)\"")]
    private static partial Regex Id();
}
