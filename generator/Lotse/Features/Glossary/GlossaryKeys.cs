using Lotse.Site;

namespace Lotse.Features.Glossary;

[FeatureContract]
internal static class GlossaryKeys
{
    /// <summary>Front matter: <c>glossar: false</c> leaves the page's text unmarked.</summary>
    public const string OptOut = "glossar";

    /// <summary>The terms marked on a page (list of <see cref="GlossaryEntry"/>).</summary>
    public const string Marked = "lotse.glossary_marked";
}
