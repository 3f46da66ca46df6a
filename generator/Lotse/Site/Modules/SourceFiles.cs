
using Lotse.Blocks.Data;
using Lotse.Blocks.Diagnostics;

namespace Lotse.Site.Modules;

/// <summary>Reads source files as text on all cores (in <c>lotse serve</c> only those that changed, <see cref="SourceTexts"/>); a file
/// that cannot be read is reported (LOT0002) and left out.</summary>
internal static class SourceFiles
{
    /// <summary>For each file, in order: its site-relative path and its text, or null when it could not be read.</summary>
    public static (string Relative, string? Text)[] ReadAll(IReadOnlyList<string> files, BuildContext context)
    {
        var texts = new (string, string?)[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var relative = context.Paths.Relative(files[i]);
            string? problem = null;
            var text = context.Cache is { } cache
                ? cache.SourceTexts.Read(files[i], () => SourceText.Read(files[i], out problem))
                : SourceText.Read(files[i], out problem);
            if (text is null) context.Diagnostics.Error(DiagnosticCodes.FileUnreadable, relative, 0, 0, problem!);
            texts[i] = (relative, text);
        });
        return texts;
    }
}
