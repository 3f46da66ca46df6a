using System.Collections.Immutable;
using Lotse.Blocks.Data;
using Lotse.Blocks.Diagnostics;
using Lotse.Blocks.Markdown;
using Lotse.Kernel;

namespace Lotse.Site.Modules;

/// <summary>
/// Makes one page per entry of a data file, as declared by a folder's <c>_pages.yml</c>
/// (<c>data</c>, <c>key</c>, <c>title</c>, <c>layout</c>, optional <c>body</c>). The page for entry
/// <c>{id: bauen-wohnen}</c> in <c>content/anleitungen/themen/</c> has the source path
/// <c>content/anleitungen/themen/bauen-wohnen.md</c>, so it is linked like any file there.
/// </summary>
internal sealed class AddPagesFromData : IModule
{
    public const string FileName = "_pages.yml";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        if (!Directory.Exists(context.Paths.Content)) return Task.FromResult(inputs);
        var data = SiteData.Of(context);
        var generated = new List<Document>();
        var declarations = Directory.EnumerateFiles(context.Paths.Content, FileName, SearchOption.AllDirectories)
            .Where(f => !context.Paths.Relative(f).Split('/').SkipLast(1).Any(s => s.StartsWith('.')))
            .Order(StringComparer.Ordinal);
        foreach (var file in declarations)
            generated.AddRange(PagesOf(file, data, context));
        return Task.FromResult(inputs.AddRange(generated));
    }

    private static IEnumerable<Document> PagesOf(string file, Dictionary<string, object?> data, BuildContext context)
    {
        var relative = context.Paths.Relative(file);
        var diagnostics = context.Diagnostics;
        var text = SourceText.Read(file, out var problem);
        if (text is null)
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable, relative, 0, 0, problem!);
            yield break;
        }
        var spec = YamlReader.Parse(text, out var error) as Dictionary<string, object?>;
        if (error is not null || spec is null)
        {
            diagnostics.Error(DiagnosticCodes.PagesFromDataInvalid, relative, error?.Line ?? 1, error?.Column ?? 1,
                $"{error?.Message ?? "The file must be a YAML mapping"}. Write 'data', 'key', 'title' and 'layout' keys");
            yield break;
        }
        var dataName = PlainData.AsString(spec.GetValueOrDefault("data")) ?? "";
        var keyField = PlainData.AsString(spec.GetValueOrDefault("key")) ?? "id";
        var titleField = PlainData.AsString(spec.GetValueOrDefault("title")) ?? "title";
        var bodyField = PlainData.AsString(spec.GetValueOrDefault("body"));
        if (!data.TryGetValue(dataName, out var value))
        {
            diagnostics.Error(DiagnosticCodes.PagesFromDataInvalid, relative, 1, 1,
                $"The data file '{dataName}' does not exist. Known data files: {string.Join(", ", data.Keys.Order(StringComparer.Ordinal))}");
            yield break;
        }
        if (value is not List<object?> entries)
        {
            diagnostics.Error(DiagnosticCodes.PagesFromDataInvalid, relative, 1, 1, $"The data file '{dataName}' is not a list. Make it a list of entries");
            yield break;
        }
        var folder = Path.GetDirectoryName(relative)!.Replace('\\', '/');
        var index = 0;
        foreach (var entry in entries)
        {
            index++;
            var map = entry as Dictionary<string, object?>;
            var key = map is null ? null : PlainData.AsString(map.GetValueOrDefault(keyField));
            if (map is null || string.IsNullOrWhiteSpace(key))
            {
                diagnostics.Error(DiagnosticCodes.PagesFromDataInvalid, relative, 1, 1,
                    $"Entry {index} of '{dataName}' has no '{keyField}'. Give every entry a '{keyField}'");
                continue;
            }
            var slug = GermanSlug.From(key);
            if (slug.Length == 0)
            {
                diagnostics.Error(DiagnosticCodes.PagesFromDataInvalid, relative, 1, 1,
                    $"Entry {index} of '{dataName}' has the {keyField} '{key}', which has no letters or digits for its URL. Give it a {keyField} with letters or digits");
                continue;
            }
            var metadata = Metadata.Empty
                .Set(Keys.Title, PlainData.AsString(map.GetValueOrDefault(titleField)) ?? key)
                .Set(Keys.Data, map)
                .Set(ContentKeys.IsGenerated, true)
                .Set(ContentKeys.BodyLine, 1L);
            foreach (var (k, v) in spec)
                if (k is not ("data" or "key" or "title" or "body")) metadata = metadata.Set(k, v);
            var body = bodyField is null ? "" : PlainData.AsString(map.GetValueOrDefault(bodyField)) ?? "";
            yield return new Document($"{folder}/{slug}.md", "", body, metadata);
        }
    }
}
