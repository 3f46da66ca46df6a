using System.Text.Json.Nodes;
using Lotse.Features.Checklists;
using Lotse.Features.Dates;
using Lotse.Features.Glossary;
using Lotse.Features.Print;
using Lotse.Site;

namespace Lotse.Features.Schema;

/// <summary>Every front matter key the generator or the default theme reads, as JSON Schema (draft-07)
/// with German descriptions for editors. The types are the ones the code accepts: <c>order</c> is read
/// as a number, <c>nav</c>, <c>suche</c>, <c>glossar</c> and <c>gesamtausgabe</c> only act when <c>false</c>, dates are
/// <c>YYYY-MM-DD</c>.</summary>
public static class FrontMatterProperties
{
    public const string DatePattern = @"^\d{4}-\d{2}-\d{2}$";

    /// <summary>Keys of every page: the site's and the features' (<see cref="SchemaFacts.Keys"/>), then those of the
    /// default theme's home layout.</summary>
    public static JsonObject Common(SchemaFacts facts)
    {
        var properties = new JsonObject();
        foreach (var key in facts.Keys) properties[key.Name] = Property(key, facts);
        properties["einstiege"] = Entries();
        return properties;
    }

    private static JsonObject Property(FrontMatterKey key, SchemaFacts facts) => key.Type switch
    {
        FrontMatterType.Flag => Flag(key.Description),
        FrontMatterType.Date => Date(key.Description),
        FrontMatterType.Integer => new JsonObject { ["type"] = "integer", ["description"] = key.Description },
        FrontMatterType.TextOrList => StringOrList(key.Description),
        FrontMatterType.Addresses => new JsonObject
        {
            ["type"] = "array",
            ["description"] = key.Description,
            ["items"] = new JsonObject { ["type"] = "string", ["minLength"] = 1 },
        },
        FrontMatterType.RoleIds => Roles(facts, key.Description),
        FrontMatterType.Layout => Layout(facts, key.Description),
        FrontMatterType.Area => Area(facts, key.Description),
        _ => Text(key.Description, key.MinLength),
    };

    private static JsonObject Entries() => new()
    {
        ["type"] = "array",
        ["description"] = "Nur mit layout home: die Einstiegskacheln der Startseite.",
        ["items"] = new JsonObject
        {
            ["type"] = "object",
            ["required"] = Names("titel", "text", "link"),
            ["properties"] = new JsonObject
            {
                ["titel"] = Text("Überschrift der Kachel."),
                ["text"] = Text("Ein bis zwei Sätze."),
                ["link"] = Text("Ziel als Quelldatei, relativ zu content/, z. B. anleitungen/index.md."),
            },
        },
    };

    /// <summary>Keys of FAQ questions (layout faq-frage).</summary>
    public static JsonObject Faq() => new()
    {
        ["kurzantwort"] = Text("Die Antwort in ein bis zwei Sätzen; steht als „Kurz gesagt“ über der ausführlichen Antwort und in der Suche.", minLength: 1),
        ["verwandt"] = new JsonObject
        {
            ["type"] = "array",
            ["description"] = "Verwandte Seiten als Quelldateien relativ zu dieser Datei, z. B. ../../anleitungen/antrag-stellen.md (optional mit #anker).",
            ["items"] = new JsonObject { ["type"] = "string", ["pattern"] = @"\.md(#.*)?$" },
        },
    };

    /// <summary>Keys of tools (layout werkzeug): the box „Auf einen Blick“.</summary>
    public static JsonObject Tool() => new()
    {
        ["zweck"] = Text("Wozu das Werkzeug dient, in einem Satz.", minLength: 1),
        ["phase"] = Text("In welcher Projektphase es hilft, z. B. Planung, Konzeption, Umsetzung, Betrieb.", minLength: 1),
        ["aufwand"] = Text("Wie viel Zeit und Mühe es kostet, z. B. „gering (ein halber Tag)“.", minLength: 1),
        ["ergebnis"] = Text("Was am Ende vorliegt.", minLength: 1),
    };

    /// <summary>The site's areas (<see cref="SchemaFacts.Areas"/>), any text when it names none.</summary>
    private static JsonObject Area(SchemaFacts facts, string description)
    {
        var area = new JsonObject { ["type"] = "string", ["description"] = description };
        if (facts.Areas.Count > 0) area["enum"] = new JsonArray(facts.Areas.Select(a => (JsonNode)a).ToArray());
        return area;
    }

    private static JsonObject Layout(SchemaFacts facts, string description)
    {
        var layout = new JsonObject
        {
            ["type"] = "string",
            ["description"] = description,
        };
        if (facts.Layouts.Count > 0) layout["enum"] = new JsonArray(facts.Layouts.Select(l => (JsonNode)l).ToArray());
        return layout;
    }

    private static JsonObject Roles(SchemaFacts facts, string description)
    {
        var item = new JsonObject { ["type"] = "string" };
        if (facts.Roles.Count > 0) item["enum"] = new JsonArray(facts.Roles.Select(r => (JsonNode)r).ToArray());
        return new JsonObject { ["type"] = "array", ["description"] = description, ["items"] = item, ["uniqueItems"] = true };
    }

    private static JsonObject Text(string description, int minLength = 0)
    {
        var text = new JsonObject { ["type"] = "string", ["description"] = description };
        if (minLength > 0) text["minLength"] = minLength;
        return text;
    }

    private static JsonObject Flag(string description) => new() { ["type"] = "boolean", ["description"] = description };

    private static JsonObject Date(string description) => new()
    {
        ["type"] = "string",
        ["format"] = "date",
        ["pattern"] = DatePattern,
        ["description"] = description,
    };

    /// <summary>The generator reads these keys as a list of texts, a single value as a list of one, and numbers
    /// as their text (<c>tags: [Frist, 2022]</c>).</summary>
    private static JsonObject StringOrList(string description) => new()
    {
        ["description"] = description,
        ["anyOf"] = new JsonArray(
            new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = Names("string", "number") } },
            new JsonObject { ["type"] = Names("string", "number") }),
    };

    public static JsonArray Names(params string[] names) => new(names.Select(n => (JsonNode)n).ToArray());
}
