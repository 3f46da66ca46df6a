using Lotse.Kernel;

namespace Lotse.Site;

internal static class DocumentExtensions
{
    private const string ContentPrefix = "content/";

    /// <summary>The path relative to <c>content/</c> (<c>anleitungen/a.md</c>).</summary>
    public static string ContentPath(this Document document) =>
        document.SourcePath.StartsWith(ContentPrefix, StringComparison.Ordinal) ? document.SourcePath[ContentPrefix.Length..] : document.SourcePath;

    public static int BodyLine(this Document document) => (int)(document.Metadata.GetNumber(ContentKeys.BodyLine) ?? 1);
}
