using System.Collections.Concurrent;

namespace Lotse.Blocks.Output;

/// <summary>
/// Writes files into folders that may not exist yet: one thread creates the folders, one after the other, and hands each
/// over to the writers (on all cores) as soon as it is there. Each folder is created once (creating it for every file was
/// a third of the writing). Not in parallel: the kernel makes folders in the same parent one at a time, and two threads
/// that try spin on its lock (a site of pretty URLs has a folder a page: 10,000 folders in one parent). For files written
/// one by one as they are made (the offline archive's pages with the sizes in place); <see cref="OutputWriter.Write"/>
/// makes all folders first and then writes the documents it already holds, which measured as fast or faster.
/// </summary>
internal static class FolderByFolder
{
    public static void Write<T>(IReadOnlyList<T> files, Func<T, string> folderOf, Action<T> write, ParallelOptions options)
    {
        var byFolder = files.GroupBy(folderOf, StringComparer.Ordinal).ToList();
        using var ready = new BlockingCollection<IGrouping<string, T>>();
        var creator = Task.Run(() =>
        {
            try
            {
                foreach (var folder in byFolder)
                {
                    options.CancellationToken.ThrowIfCancellationRequested();
                    Directory.CreateDirectory(folder.Key);
                    ready.Add(folder);
                }
            }
            finally
            {
                ready.CompleteAdding();
            }
        });
        try
        {
            // Without buffering: a writer takes the next folder as soon as it is made, not a chunk of folders to wait for.
            Parallel.ForEach(Partitioner.Create(ready.GetConsumingEnumerable(), EnumerablePartitionerOptions.NoBuffering), options, folder =>
            {
                foreach (var file in folder) write(file);
            });
        }
        finally
        {
            // A writer's failure ends the writing; the creator's own (a folder that cannot be made) is thrown from here.
            creator.GetAwaiter().GetResult();
        }
    }
}
