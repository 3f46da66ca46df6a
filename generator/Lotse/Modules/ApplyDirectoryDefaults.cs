using System.Collections.Concurrent;
using System.Collections.Immutable;
using Lotse.Core;
using Lotse.Data;
using Lotse.Diagnostics;

namespace Lotse.Modules;

/// <summary>Applies <c>_dir.yml</c> folder defaults, cascading from <c>content/</c> down to the page's folder:
/// deeper folders win over higher ones, and the page's own front matter wins over all of them.</summary>
public sealed class ApplyDirectoryDefaults : IModule
{
    public const string FileName = "_dir.yml";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var cache = new ConcurrentDictionary<string, IReadOnlyDictionary<string, object?>>(StringComparer.Ordinal);
        var result = inputs.Select(document =>
        {
            var defaults = new Dictionary<string, object?>(StringComparer.Ordinal);
            var folder = context.Paths.Content;
            foreach (var segment in FoldersOf(document.ContentPath()))
            {
                folder = Path.Combine(folder, segment);
                defaults = PlainData.Merge(defaults, cache.GetOrAdd(folder, f => Load(f, context)));
            }
            if (defaults.Count == 0) return document;
            var own = document.Metadata.Pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            return document with { Metadata = Metadata.From(PlainData.Merge(defaults, own)) };
        });
        return Task.FromResult(result.ToImmutableArray());
    }

    /// <summary>"" (the content folder itself), then each folder on the way to the file.</summary>
    private static IEnumerable<string> FoldersOf(string contentPath)
    {
        yield return "";
        var parts = contentPath.Split('/');
        for (var i = 0; i < parts.Length - 1; i++) yield return parts[i];
    }

    private static IReadOnlyDictionary<string, object?> Load(string folder, BuildContext context)
    {
        var file = Path.Combine(folder, FileName);
        if (!File.Exists(file)) return new Dictionary<string, object?>();
        var relative = context.Paths.Relative(file);
        var text = SourceText.Read(file, out var problem);
        if (text is null)
        {
            context.Diagnostics.Error(DiagnosticCodes.FileUnreadable, relative, 0, 0, problem!);
            return new Dictionary<string, object?>();
        }
        var parsed = YamlReader.Parse(text, out var error);
        if (error is not null)
        {
            context.Diagnostics.Error(DiagnosticCodes.DirectoryDefaultsInvalid, relative, error.Line, error.Column,
                $"Invalid YAML: {error.Message}. Fix the YAML syntax");
            return new Dictionary<string, object?>();
        }
        if (parsed is Dictionary<string, object?> map)
        {
            foreach (var key in map.Keys.Where(Keys.Reserved.Contains))
                context.Diagnostics.Error(DiagnosticCodes.ReservedKey, relative, 1, 1, $"'{key}' is computed by Lotse and cannot be set here. Remove it");
            return map;
        }
        if (parsed is not null)
            context.Diagnostics.Error(DiagnosticCodes.DirectoryDefaultsInvalid, relative, 1, 1, "Folder defaults must be a YAML mapping (key: value lines)");
        return new Dictionary<string, object?>();
    }
}
