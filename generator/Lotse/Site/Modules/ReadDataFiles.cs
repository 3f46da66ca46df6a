using System.Collections.Immutable;
using Lotse.Blocks.Data;
using Lotse.Blocks.Diagnostics;
using Lotse.Kernel;

namespace Lotse.Site.Modules;

/// <summary>Reads <c>content/_data/*.yml|yaml|json|csv</c>; each becomes a document named after the file,
/// its parsed value under <see cref="ContentKeys.DataValue"/>.</summary>
internal sealed class ReadDataFiles : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var folder = Path.Combine(context.Paths.Content, "_data");
        if (!Directory.Exists(folder)) return Task.FromResult(ImmutableArray<Document>.Empty);
        var files = Directory.EnumerateFiles(folder)
            .Where(f => DataFileReader.Extensions.Contains(Path.GetExtension(f)))
            .Order(StringComparer.Ordinal)
            .ToList();
        var texts = SourceFiles.ReadAll(files, context);
        var docs = new Document?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var (relative, text) = texts[i];
            if (text is null) return;
            var value = DataFileReader.Read(files[i], text, out var error);
            if (error is not null)
            {
                context.Diagnostics.Error(DiagnosticCodes.DataFileInvalid, relative, error.Line, error.Column,
                    $"The data file does not parse: {error.Message}. Fix its syntax");
                return;
            }
            var name = Path.GetFileNameWithoutExtension(files[i]);
            // A file of the wrong shape is left out (the build fails), so that no reader of it stumbles.
            if (!DataShapes.Check(name, relative, text, value, context.Diagnostics)) return;
            docs[i] = new Document(relative, "", "", Metadata.Empty.Set(Keys.Title, name).Set(ContentKeys.DataValue, value));
        });
        var result = docs.OfType<Document>().ToList();
        foreach (var duplicate in result.GroupBy(d => d.Title).Where(g => g.Count() > 1))
            context.Diagnostics.Error(DiagnosticCodes.DataFileInvalid, duplicate.Last().SourcePath, 0, 0,
                $"Two data files are named '{duplicate.Key}' ({string.Join(", ", duplicate.Select(d => d.SourcePath))}). Rename one of them");
        return Task.FromResult(result.ToImmutableArray());
    }
}
