using System.Collections.Immutable;
using System.Text;
using Lotse.Core;

namespace Lotse.Modules;

/// <summary>Writes each document to the build's staging folder: its text as UTF-8, or a copy of its file.</summary>
public sealed class WriteFiles : IModule
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        Parallel.ForEach(inputs.Where(d => d.OutputPath.Length > 0), new ParallelOptions { CancellationToken = context.CancellationToken }, doc =>
        {
            var target = Path.Combine(context.StagingFolder, doc.OutputPath);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (doc.Metadata.GetString(ContentKeys.CopyFrom) is { } source) File.Copy(source, target, overwrite: true);
            else File.WriteAllText(target, doc.Content, Utf8);
        });
        return Task.FromResult(inputs);
    }
}
