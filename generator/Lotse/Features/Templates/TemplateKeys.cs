using Lotse.Site;

namespace Lotse.Features.Templates;

/// <summary>Keys of the Word edition of a template (a document of the site's copied files), for the download page.</summary>
[FeatureContract]
internal static class TemplateKeys
{
    /// <summary>The template's title (its first heading).</summary>
    public const string Title = "lotse.template_title";

    /// <summary>The template's files, Word first: a list of maps with <c>format</c> (DOCX, Markdown, CSV),
    /// <c>output</c> (the path in the site), <c>bytes</c> and <c>size</c> (German, "12 KB").</summary>
    public const string Files = "lotse.template_files";
}
