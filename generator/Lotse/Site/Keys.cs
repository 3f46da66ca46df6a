using Lotse.Kernel;

namespace Lotse.Site;

/// <summary>Metadata keys. Front matter keys are the editors' (German where they face readers);
/// computed keys are set by Lotse and may not be set in front matter.</summary>
public static class Keys
{
    // Front matter
    public const string Title = Document.TitleKey;
    public const string Description = "description";
    public const string Order = "order";
    public const string Layout = "layout";
    public const string Draft = "draft";
    public const string Aliases = "aliases";
    public const string Area = "bereich";
    public const string Stand = "stand";
    public const string Sources = "quellen";
    public const string Tags = "tags";

    // Computed (reserved)
    public const string Url = "url";
    public const string Content = "content";
    public const string Toc = "toc";
    public const string SourcePath = "source_path";
    public const string OutputPath = "output_path";
    public const string Data = "data";

    public static readonly IReadOnlySet<string> Reserved =
        new HashSet<string>(StringComparer.Ordinal) { Url, Content, Toc, SourcePath, OutputPath };
}
