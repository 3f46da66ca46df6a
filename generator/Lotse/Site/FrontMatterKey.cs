namespace Lotse.Site;

/// <summary>A front-matter key editors may write: its name, the kind of value, and what it does (German, for the
/// editors' JSON Schema). The site declares its own (<see cref="Keys.OfPages"/>), each feature its own
/// (<see cref="IFeature.FrontMatterKeys"/>); the schema command reads them all from there.</summary>
/// <param name="Example">How a value is written, for the diagnostic of a wrong one; by default one made from the type.</param>
/// <param name="CheckedWhereRead">True when the feature that reads the key checks its values itself, with its own
/// diagnostic (<c>pruefen_bis</c>: LOT0611); the build's type check then leaves it alone.</param>
public sealed record FrontMatterKey(string Name, FrontMatterType Type, string Description, int MinLength = 0, string? Example = null,
    bool CheckedWhereRead = false)
{
    /// <summary>The key with a value of its type, as the diagnostic of a wrong value shows it.</summary>
    public string WrittenLike => Example ?? Name + ": " + Type switch
    {
        FrontMatterType.Flag => "false",
        FrontMatterType.Date => "2024-07-01",
        FrontMatterType.Integer => "10",
        FrontMatterType.TextOrList or FrontMatterType.RoleIds => "[eins, zwei]",
        FrontMatterType.Addresses => "[https://example.org/seite]",
        _ => "Text",
    };

    /// <summary>The site's keys and then each feature's, in the features' order.</summary>
    public static IReadOnlyList<FrontMatterKey> Of(IEnumerable<IFeature> features) =>
        [.. Keys.OfPages, .. features.SelectMany(f => f.FrontMatterKeys)];
}

/// <summary>The kinds of front-matter values.</summary>
public enum FrontMatterType
{
    Text,
    Flag,
    Date,
    Integer,

    /// <summary>A list of texts; a single value counts as a list of one, a number as its text.</summary>
    TextOrList,

    /// <summary>A list of addresses (<c>https://…</c>).</summary>
    Addresses,

    /// <summary>Ids of the roles in <c>content/_data/rollen.yml</c>.</summary>
    RoleIds,

    /// <summary>The name of a layout of the site's themes.</summary>
    Layout,

    /// <summary>One of the site's areas.</summary>
    Area,
}
