using System.Text.Json.Nodes;
using Lotse.Blocks.Config;

namespace Lotse.Features.Schema;

/// <summary>
/// The JSON Schema (draft-07) of <c>lotse.yml</c>, made from the table the build checks the settings with
/// (<see cref="SettingTypes.Known"/>), so that an editor completes and checks exactly what the build accepts: every key
/// with its type and an example; a key the table does not know is flagged, as the build warns about it (LOT0166). An
/// empty value (<c>title:</c>) is allowed as the build allows it (the default applies). Settings whose feature checks
/// them where it reads them (<c>html</c>, <c>basePath</c>, <c>sources</c>, <c>diagnostics</c>) have their example and,
/// where the table names them, their keys, but no type: the feature's diagnostic says what is wrong.
/// </summary>
public static class SettingsSchema
{
    public const string FileName = "lotse.schema.json";

    public static JsonObject Build() => new()
    {
        ["$schema"] = FrontMatterSchema.Draft,
        ["title"] = "lotse.yml",
        ["description"] = "Die Einstellungen der Website (lotse.yml). Erzeugt von `lotse schema`; nicht von Hand ändern.",
        ["type"] = "object",
        ["properties"] = Properties(SettingTypes.Known),
        ["additionalProperties"] = false,
    };

    private static JsonObject Properties(IReadOnlyDictionary<string, Setting> settings)
    {
        var properties = new JsonObject();
        foreach (var (key, setting) in settings.OrderBy(s => s.Key, StringComparer.Ordinal)) properties[key] = Property(setting);
        return properties;
    }

    private static JsonObject Property(Setting setting)
    {
        var property = Shape(setting);
        property["description"] = "Beispiel: " + setting.Example;
        if (setting.Keys is not null && setting.Kind != SettingKind.FlagOrMapping)
        {
            property["properties"] = Properties(setting.Keys);
            property["additionalProperties"] = false;
        }
        return property;
    }

    /// <summary>The type of a setting's value, as <c>SettingTypes</c> checks it; null is allowed everywhere.</summary>
    private static JsonObject Shape(Setting setting) => setting.Kind switch
    {
        SettingKind.Text => Text(),
        SettingKind.TextOrList => AnyOf(Text(), ListOf(TextOnly())),
        SettingKind.PathList => new JsonObject
        {
            ["type"] = Types("array", "null"),
            ["items"] = new JsonObject { ["type"] = "string", ["minLength"] = 1 },
        },
        SettingKind.Flag => new JsonObject { ["type"] = Types("boolean", "null") },
        SettingKind.Number => new JsonObject { ["type"] = Types("number", "null") },
        SettingKind.Share => new JsonObject { ["type"] = Types("number", "null"), ["minimum"] = 0, ["maximum"] = 1 },
        SettingKind.Url => new JsonObject { ["type"] = Types("string", "null"), ["pattern"] = @"^\s*[Hh][Tt][Tt][Pp][Ss]?:" },
        SettingKind.Choice => new JsonObject { ["enum"] = new JsonArray([.. setting.Choices!.Select(c => (JsonNode)c), null]) },
        SettingKind.Mapping => new JsonObject { ["type"] = Types("object", "null") },
        SettingKind.FlagOrMapping => AnyOf(new JsonObject { ["type"] = Types("boolean", "null") }, new JsonObject
        {
            ["type"] = "object",
            ["properties"] = Properties(setting.Keys!),
            ["additionalProperties"] = false,
        }),
        SettingKind.TextMap => new JsonObject { ["type"] = Types("object", "null"), ["additionalProperties"] = TextOnly() },
        SettingKind.TextMapOrListValues => new JsonObject
        {
            ["type"] = Types("object", "null"),
            ["additionalProperties"] = AnyOf(Text(), ListOf(TextOnly())),
        },
        SettingKind.Date => new JsonObject { ["type"] = Types("string", "null"), ["pattern"] = @"^\d{4}-\d{2}-\d{2}$", ["format"] = "date" },
        SettingKind.CheckedWhereRead => new JsonObject(),
        _ => throw new ArgumentOutOfRangeException(nameof(setting), setting.Kind, "a kind of setting without a schema"),
    };

    /// <summary>A text: the build takes numbers as texts too (<c>language: 1</c> is "1").</summary>
    private static JsonObject Text() => new() { ["type"] = Types("string", "number", "null") };

    private static JsonObject TextOnly() => new() { ["type"] = Types("string", "number") };

    private static JsonObject ListOf(JsonObject item) => new() { ["type"] = "array", ["items"] = item };

    private static JsonObject AnyOf(params JsonObject[] shapes) => new() { ["anyOf"] = new JsonArray([.. shapes]) };

    private static JsonArray Types(params string[] types) => new([.. types.Select(t => (JsonNode)t)]);
}
