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

    /// <summary>The areas the search and the layouts know (any other value counts as "Allgemein").</summary>
    public static readonly IReadOnlyList<string> Areas = ["leitfaden", "efa-wegweiser", "werkzeugkasten", "faq"];

    /// <summary>Keys of every page, in the order editors usually write them.</summary>
    public static JsonObject Common(SchemaFacts facts) => new()
    {
        [Keys.Title] = Typed(Keys.Title, "Titel der Seite: Überschrift (h1), Navigation, Suche. Fehlt er, wird eine führende „# Überschrift“ zum Titel."),
        [Keys.Description] = Typed(Keys.Description, "Ein Satz, worum es geht: steht unter dem Titel, in Übersichten und Suchergebnissen. `lotse check` warnt, wenn er fehlt (LOT0708)."),
        [Keys.Order] = Typed(Keys.Order, "Position in der Navigation und in Übersichten, kleinere Zahlen zuerst. Seiten ohne order folgen nach Titel."),
        [Keys.Layout] = Layout(facts),
        [Keys.Draft] = Typed(Keys.Draft, "true: die Seite wird nicht gebaut (Entwurf)."),
        [Keys.Aliases] = Typed(Keys.Aliases, "Alte Adressen (ohne Endung, z. B. alte/adresse), die auf diese Seite weiterleiten."),
        [Keys.Stand] = Typed(Keys.Stand, "Stand der Fakten auf der Seite (JJJJ-MM-TT), steht in der Fußzeile. `lotse check` warnt, wenn er fehlt."),
        [DateKeys.ReviewBy] = Date("Prüfen bis (JJJJ-MM-TT): danach sehen Lesende einen Hinweis, und jeder Build warnt (LOT0610) mit der verantwortlichen Stelle."),
        [DateKeys.Owner] = Text("Wer die Seite prüft (Person oder Redaktion); wird in der Warnung zu pruefen_bis genannt."),
        [Keys.Sources] = Typed(Keys.Sources, "Quellen der Angaben als Liste von Adressen (https://…); erscheinen unter „Quellen“. `lotse check` warnt, wenn sie fehlen."),
        [Keys.Tags] = Typed(Keys.Tags, "Schlagwörter: erscheinen auf der Seite und helfen der Suche."),
        [ChecklistKeys.Roles] = Roles(facts, "Rollen (ids aus content/_data/rollen.yml), für die die Seite gedacht ist; die Suche filtert danach."),
        [Keys.Area] = new JsonObject
        {
            ["type"] = "string",
            ["enum"] = new JsonArray(Areas.Select(a => (JsonNode)a).ToArray()),
            ["description"] = "Bereich der Website für Suche und Layouts. Meist aus der _dir.yml des Bereichs.",
        },
        ["nav"] = Typed("nav", "false: die Seite erscheint nicht in der Navigation (sie wird trotzdem gebaut)."),
        ["nav_title"] = Typed("nav_title", "Kürzerer Titel für die Navigation (statt title)."),
        ["suche"] = Typed("suche", "false: die Seite wird nicht in die Suche aufgenommen."),
        [GlossaryKeys.OptOut] = Flag("false: Fachbegriffe aus dem Glossar werden auf dieser Seite nicht markiert."),
        [PrintKeys.OptOut] = Flag("Nur in der index.md eines Bereichs: false schaltet die Gesamtausgabe (Druckfassung) des Bereichs ab."),
        ["einstiege"] = new JsonObject
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
                    ["link"] = Text("Ziel als Quelldatei, relativ zu content/, z. B. leitfaden/index.md."),
                },
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
            ["description"] = "Verwandte Seiten als Quelldateien relativ zu dieser Datei, z. B. ../../leitfaden/basisdienste.md (optional mit #anker).",
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

    /// <summary>The schema of a site key from the one table of front matter types (<see cref="FrontMatterTypes"/>) that
    /// the build checks every page against.</summary>
    private static JsonObject Typed(string key, string description) => FrontMatterTypes.Site[key].Kind switch
    {
        ValueKind.Text => Text(description, minLength: key == Keys.Title ? 1 : 0),
        ValueKind.Number => new JsonObject { ["type"] = "integer", ["description"] = description },
        ValueKind.Flag => Flag(description),
        ValueKind.Date => Date(description),
        ValueKind.TextOrList => StringOrList(description),
        ValueKind.UrlList => new JsonObject
        {
            ["type"] = "array",
            ["description"] = description,
            ["items"] = new JsonObject { ["type"] = "string", ["minLength"] = 1 },
        },
        _ => throw new InvalidOperationException($"No schema for the kind of '{key}'"),
    };

    private static JsonObject Layout(SchemaFacts facts)
    {
        var layout = new JsonObject
        {
            ["type"] = "string",
            ["description"] = "Layout der Seite (Datei themes/THEMA/layouts/NAME.html). Voreinstellung aus _dir.yml, sonst page. " +
                              "Ein Layout, das es nicht gibt, ist ein Fehler (LOT0201).",
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
