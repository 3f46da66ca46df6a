using System.Text.Json.Nodes;
using Lotse.Blocks.Data;

namespace Lotse.Tests.Testing;

/// <summary>Reads a file's front matter (or a whole YAML file such as <c>_dir.yml</c>) with the generator's own YAML
/// reader and turns it into JSON, so that it can be checked against the JSON Schemas.</summary>
public static class FrontMatterJson
{
    public static JsonNode? OfFile(string path)
    {
        var text = File.ReadAllText(path);
        string yaml;
        if (path.EndsWith(".md", StringComparison.Ordinal))
        {
            var split = FrontMatter.Split(text) ?? throw new InvalidOperationException($"{path}: front matter does not close");
            yaml = split.Yaml ?? "";
        }
        else yaml = text;
        var value = YamlReader.Parse(yaml, out var error);
        if (error is not null) throw new InvalidOperationException($"{path}({error.Line},{error.Column}): {error.Message}");
        return From(value ?? new Dictionary<string, object?>());
    }

    public static JsonNode? From(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        long l => JsonValue.Create(l),
        double d => JsonValue.Create(d),
        Dictionary<string, object?> map => new JsonObject(map.Select(p => KeyValuePair.Create(p.Key, From(p.Value)))),
        List<object?> list => new JsonArray(list.Select(From).ToArray()),
        var other => throw new InvalidOperationException($"Unexpected YAML value {other.GetType().Name}"),
    };
}
