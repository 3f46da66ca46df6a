using System.Collections.Concurrent;
using System.Collections.Immutable;
using Lotse.Blocks.Data;
using Lotse.Blocks.Diagnostics;
using Lotse.Kernel;

namespace Lotse.Site.Modules;

/// <summary>Applies <c>_dir.yml</c> folder defaults, cascading from <c>content/</c> down to the page's folder:
/// deeper folders win over higher ones, and the page's own front matter wins over all of them.</summary>
internal sealed class ApplyDirectoryDefaults : IModule
{
    public const string FileName = "_dir.yml";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var loaded = new ConcurrentDictionary<string, IReadOnlyDictionary<string, object?>>(StringComparer.Ordinal);
        // The defaults of each folder once (not for every page): the content folder's, then each folder's over its parent's.
        var cascaded = new Dictionary<string, (Dictionary<string, object?> Values, UInt128 Fingerprint)>(StringComparer.Ordinal);
        (Dictionary<string, object?> Values, UInt128 Fingerprint) DefaultsOf(string folder)
        {
            if (cascaded.TryGetValue(folder, out var known)) return known;
            var slash = folder.LastIndexOf('/');
            var under = folder.Length == 0 ? new Dictionary<string, object?>() : DefaultsOf(slash < 0 ? "" : folder[..slash]).Values;
            var full = folder.Length == 0 ? context.Paths.Content : Path.Combine(context.Paths.Content, folder);
            var values = PlainData.Merge(under, loaded.GetOrAdd(full, f => Load(f, context)));
            var result = (values, context.Cache is null || values.Count == 0 ? default : new Fingerprint().AddValue(values).Value);
            cascaded[folder] = result;
            return result;
        }

        var result = inputs.Select(document =>
        {
            var path = document.ContentPath();
            var slash = path.LastIndexOf('/');
            var (defaults, fingerprint) = DefaultsOf(slash < 0 ? "" : path[..slash]);
            if (defaults.Count == 0) return document;
            // In lotse serve, the same page under the same defaults is the same document as before.
            return context.Derive(cache => cache.WithDirectoryDefaults, document, fingerprint, (d, _) => WithDefaults(d, defaults));
        });
        return Task.FromResult(result.ToImmutableArray());
    }

    private static Document WithDefaults(Document document, Dictionary<string, object?> defaults)
    {
        var own = document.Metadata.Pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return document with { Metadata = Metadata.From(PlainData.Merge(defaults, own)) };
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
            var positions = YamlPositions.Of(text);
            foreach (var key in map.Keys.Where(Keys.Reserved.Contains))
            {
                var (line, column) = positions.Key(key);
                context.Diagnostics.Error(DiagnosticCodes.ReservedKey, relative, line, column, $"'{key}' is computed by Lotse and cannot be set here. Remove it");
            }
            ExtractFrontMatter.CheckTypes(relative, map, text, 1, context);
            return map;
        }
        if (parsed is not null)
            context.Diagnostics.Error(DiagnosticCodes.DirectoryDefaultsInvalid, relative, 1, 1, "Folder defaults must be a YAML mapping (key: value lines)");
        return new Dictionary<string, object?>();
    }
}
