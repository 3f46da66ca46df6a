using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lotse.Site;

namespace Lotse.Features.Schema;

/// <summary>Builds the JSON Schema (draft-07, the draft the YAML language server of VS Code handles fully)
/// of one content type. Keys the schema does not name stay allowed: layouts of a site may read any key
/// (<c>page.KEY</c>), so only the keys Lotse computes itself are refused, as the build refuses them (LOT0103).</summary>
public static class FrontMatterSchema
{
    public const string Draft = "http://json-schema.org/draft-07/schema#";

    public static JsonObject For(ContentType type, SchemaFacts facts)
    {
        var properties = FrontMatterProperties.Common(facts);
        if (type.Is(ContentTypes.Faq) || type.Is(ContentTypes.FolderDefaults)) AddAll(properties, FrontMatterProperties.Faq());
        if (type.Is(ContentTypes.Tool) || type.Is(ContentTypes.FolderDefaults)) AddAll(properties, FrontMatterProperties.Tool());

        var schema = new JsonObject
        {
            ["$schema"] = Draft,
            ["title"] = type.Title,
            ["description"] = type.Description + " Erzeugt von `lotse schema`; nicht von Hand ändern.",
            ["type"] = "object",
            ["properties"] = properties,
            ["propertyNames"] = new JsonObject
            {
                ["not"] = new JsonObject { ["enum"] = new JsonArray(Keys.Reserved.Order(StringComparer.Ordinal).Select(k => (JsonNode)k).ToArray()) },
            },
            ["additionalProperties"] = true,
        };
        if (type.IsFolderDefaults) return schema;

        // What the Markdown types require: the title and what `lotse check` warns about when it is missing (checks.required).
        schema["required"] = FrontMatterProperties.Names([.. facts.Required]);
        if (type.Is(ContentTypes.Faq)) RequireUnlessLayout(schema, ContentTypes.FaqLayout, "kurzantwort");
        if (type.Is(ContentTypes.Tool)) RequireUnlessLayout(schema, ContentTypes.ToolLayout, "zweck", "phase", "aufwand", "rollen", "ergebnis");
        return schema;
    }

    /// <summary>The files of the type use the folder's layout; an overview page sets another layout and then
    /// needs none of the type's own keys.</summary>
    private static void RequireUnlessLayout(JsonObject schema, string layout, params string[] keys)
    {
        schema["if"] = new JsonObject
        {
            ["required"] = FrontMatterProperties.Names(Keys.Layout),
            ["properties"] = new JsonObject { [Keys.Layout] = new JsonObject { ["not"] = new JsonObject { ["const"] = layout } } },
        };
        schema["else"] = new JsonObject { ["required"] = FrontMatterProperties.Names(keys) };
    }

    private static void AddAll(JsonObject target, JsonObject more)
    {
        foreach (var (key, value) in more.ToList())
        {
            more.Remove(key);
            target[key] = value;
        }
    }

    public static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The file text: indented JSON with readable umlauts, '\n' line ends and a final newline.</summary>
    public static string Text(JsonObject schema) => schema.ToJsonString(WriteOptions).ReplaceLineEndings("\n") + "\n";
}
