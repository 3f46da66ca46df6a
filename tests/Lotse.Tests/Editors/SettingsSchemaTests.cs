using System.Text.Json.Nodes;
using Json.Schema;
using Lotse.Blocks.Config;
using Lotse.Blocks.Data;
using Lotse.Blocks.Diagnostics;
using Lotse.Features.Schema;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Editors;

/// <summary>Issue 19, point 2: the JSON Schema of <c>lotse.yml</c> that <c>lotse schema</c> writes (and VS Code uses through
/// <c>.vscode/settings.json</c>) is made from the table the build checks the settings with, so both know the same keys
/// with the same types, and they accept and refuse the same values.</summary>
public sealed class SettingsSchemaTests
{
    private static readonly JsonObject Schema = SettingsSchema.Build();

    /// <summary>Every key of the table, with the kind of its value, as "path: kind" (inner keys as "outer.inner").</summary>
    private static IEnumerable<string> TableKeys(IReadOnlyDictionary<string, Setting> settings, string prefix = "") =>
        settings.SelectMany(s => new[] { $"{prefix}{s.Key}: {s.Value.Kind}" }
            .Concat(s.Value.Keys is null ? [] : TableKeys(s.Value.Keys, $"{prefix}{s.Key}.")));

    /// <summary>Every key the schema names, with the kind its schema stands for, read back from the JSON.</summary>
    private static IEnumerable<string> SchemaKeys(JsonObject properties, string prefix = "") =>
        properties.SelectMany(p =>
        {
            var property = p.Value!.AsObject();
            var inner = property["properties"] as JsonObject
                ?? (property["anyOf"] as JsonArray)?.Select(a => a!["properties"]).OfType<JsonObject>().FirstOrDefault();
            return new[] { $"{prefix}{p.Key}: {KindOf(property)}" }.Concat(inner is null ? [] : SchemaKeys(inner, $"{prefix}{p.Key}."));
        });

    private static string KindOf(JsonObject property)
    {
        string Types(JsonNode? node) => node is JsonArray a ? string.Join("|", a.Select(t => t!.GetValue<string>())) : node?.GetValue<string>() ?? "";
        if (property["enum"] is not null) return nameof(SettingKind.Choice);
        if (property["format"]?.GetValue<string>() == "date") return nameof(SettingKind.Date);
        if (property["pattern"] is not null) return nameof(SettingKind.Url);
        if (property["maximum"] is not null) return nameof(SettingKind.Share);
        if (property["anyOf"] is JsonArray any)
        {
            return Types(any[0]!["type"]) == "boolean|null" ? nameof(SettingKind.FlagOrMapping) : nameof(SettingKind.TextOrList);
        }
        return Types(property["type"]) switch
        {
            "string|number|null" => nameof(SettingKind.Text),
            "array|null" => nameof(SettingKind.PathList),
            "boolean|null" => nameof(SettingKind.Flag),
            "number|null" => nameof(SettingKind.Number),
            "object|null" when property["additionalProperties"] is JsonObject { } values => values["anyOf"] is null ? nameof(SettingKind.TextMap) : nameof(SettingKind.TextMapOrListValues),
            "object|null" => nameof(SettingKind.Mapping),
            "" => nameof(SettingKind.CheckedWhereRead),
            var other => "unknown " + other,
        };
    }

    [Fact]
    public void The_schema_names_every_setting_the_build_knows_with_its_type_and_no_other()
    {
        var table = TableKeys(SettingTypes.Known).Order(StringComparer.Ordinal).ToList();
        var schema = SchemaKeys(Schema["properties"]!.AsObject()).Order(StringComparer.Ordinal).ToList();
        table.Count.ShouldBeGreaterThan(50);
        schema.ShouldBe(table);
        Schema["additionalProperties"]!.GetValue<bool>().ShouldBeFalse("an unknown key is flagged, as the build warns (LOT0166)");
    }

    /// <summary>Values of every kind, right and wrong: the schema refuses exactly those the build refuses (LOT0165) or
    /// warns about (LOT0166).</summary>
    [Theory]
    [InlineData("title: Handbuch", true)]
    [InlineData("title: 5", true)]
    [InlineData("title:", true)]
    [InlineData("title: [a, b]", false)]
    [InlineData("theme: [eigen, default]", true)]
    [InlineData("theme: [~, default]", false)]
    [InlineData("search: true", true)]
    [InlineData("search: \"ja\"", false)]
    [InlineData("links: directories", true)]
    [InlineData("links: 5", false)]
    [InlineData("baseUrl: https://example.org/", true)]
    [InlineData("baseUrl: ftp://example.org/", false)]
    [InlineData("footer: [impressum.md]", true)]
    [InlineData("footer: impressum.md", false)]
    [InlineData("checks: { readability: 30, passiveShare: 0.4 }", true)]
    [InlineData("checks: { passiveShare: 2 }", false)]
    [InlineData("checks: { readabilty: 30 }", false)]
    [InlineData("checks: streng", false)]
    [InlineData("offline: false", true)]
    [InlineData("offline: { archive: a.zip, stand: 2024-07-01 }", true)]
    [InlineData("offline: { stand: 2024-13-45 }", false)]
    [InlineData("offline: ja", false)]
    [InlineData("areas: { faq: Fragen }", true)]
    [InlineData("areas: { faq: [a] }", false)]
    [InlineData("accessibility: { feedback: { name: A, address: [B, C] } }", true)]
    [InlineData("html: { sanitize: true }", true)]
    [InlineData("tittle: Handbuch", false)]
    public void The_schema_and_the_build_agree(string yaml, bool valid)
    {
        var values = (Dictionary<string, object?>)YamlReader.Parse(yaml, out var error)!;
        error.ShouldBeNull();
        var json = FrontMatterJson.From(values); // before the check, which removes the values it refuses
        var diagnostics = new DiagnosticBag();
        SettingTypes.Check(new Dictionary<string, object?>(values), YamlPositions.Of(yaml), "lotse.yml", diagnostics);
        (diagnostics.Sorted().Count == 0).ShouldBe(valid, string.Join("\n", diagnostics.Sorted()));

        var result = JsonSchema.FromText(FrontMatterSchema.Text(Schema))
            .Evaluate(json, new EvaluationOptions { RequireFormatValidation = true });
        result.IsValid.ShouldBe(valid, yaml);
    }

    [Fact]
    public void The_repository_settings_satisfy_the_schema_and_VS_Code_uses_it()
    {
        var yaml = File.ReadAllText(Path.Combine(TestSite.RepositoryRoot, "lotse.yml"));
        var values = YamlReader.Parse(yaml, out _);
        JsonSchema.FromText(FrontMatterSchema.Text(Schema)).Evaluate(FrontMatterJson.From(values), new EvaluationOptions { RequireFormatValidation = true })
            .IsValid.ShouldBeTrue();
        var vscode = JsonNode.Parse(File.ReadAllText(Path.Combine(TestSite.RepositoryRoot, ".vscode", "settings.json")))!;
        vscode["yaml.schemas"]!["./.lotse/schema/lotse.schema.json"]!.AsArray().Select(n => n!.GetValue<string>()).ShouldBe(["lotse.yml"]);
    }
}
