using Lotse.Blocks.Config;
using Lotse.Kernel;
using Markdig;

namespace Lotse.Site;

/// <summary>
/// A feature of the site (search, offline downloads, print editions, checklists, glossary …), plugged into the build
/// through this one interface: the steps it adds to the content pipeline, its own pipelines, its Markdown extensions
/// and inspectors, and what it gives the layouts. Every member has a default that adds
/// nothing, so a feature names only what it uses. Its part of the build cache is a <see cref="IBuildCacheSlot"/> it
/// takes from <see cref="BuildCache.Slot{T}"/>. The site's build never names a feature.
/// </summary>
public interface IFeature
{
    /// <summary>The front-matter keys the feature reads: every page's values are checked against their types, and the
    /// editors' JSON Schema is made from them.</summary>
    IEnumerable<FrontMatterKey> FrontMatterKeys => [];

    /// <summary>Markdown syntax the feature adds to the build's one Markdig pipeline.</summary>
    IEnumerable<IMarkdownExtension> MarkdownExtensions => [];

    /// <summary>Steps that add files to the site's copied files (theme assets and the non-Markdown files of
    /// <c>content/</c>), each given those found so far: files made from content files (the Word edition of a template).
    /// Markdown links to them like to any file of <c>content/</c>.</summary>
    IEnumerable<IModule> AddFiles => [];

    /// <summary>Names of <c>:::</c> containers the feature renders itself (<c>checkliste</c>), so that they are not
    /// reported as unknown.</summary>
    IEnumerable<string> ContainerNames => [];

    /// <summary>Content steps that add pages, after the site's generated pages (section pages, 404).</summary>
    IEnumerable<IModule> AddPages => [];

    /// <summary>Content steps on every page once its folder defaults are applied, before output paths are assigned.</summary>
    IEnumerable<IModule> CheckPages => [];

    /// <summary>Readers of each page's Markdown syntax tree while it is rendered.</summary>
    IEnumerable<IMarkdownInspector> MarkdownInspectors => [];

    /// <summary>Content steps once every page is HTML, before the layouts.</summary>
    IEnumerable<IModule> AfterMarkdown => [];

    /// <summary>The feature's own pipelines; <paramref name="before"/> names every pipeline added before them.</summary>
    IEnumerable<Pipeline> Pipelines(IReadOnlyList<string> before) => [];

    /// <summary>The settings as layouts see them (<c>site</c>), given those the features before it made.</summary>
    SiteConfig LayoutSettings(SiteConfig settings, BuildContext context) => settings;

    /// <summary>Values every page's layout sees besides the page, with a fingerprint of what they depend on beyond the
    /// pages' places and front matter (null when nothing).</summary>
    LayoutGlobals? LayoutGlobals(IReadOnlyList<Document> pages, UInt128 siteKey, BuildContext context) => null;

    /// <summary>Values the feature adds to <c>page</c> in a layout.</summary>
    IPageValues? PageValues(BuildContext context) => null;

    /// <summary>True for a page the feature writes itself, later in the build (with values only known then).</summary>
    bool WritesLater(Document page, BuildContext context) => false;

    /// <summary>True when the feature shows <paramref name="page"/>'s body (its text, not only its place, title and front
    /// matter) somewhere besides the page itself, gathered across pages (the checklists' role pages, the FAQ's topics):
    /// then an edit of that body does not take <c>lotse serve</c>'s fast lane (<see cref="BodyOnlyChange"/>).
    /// <paramref name="page"/> is rendered from Markdown, before its layout.</summary>
    bool GathersBody(Document page, BuildContext context) => false;

    /// <summary>For a page the feature writes later: bytes to write at once, until then (<c>lotse serve</c>), or null.</summary>
    byte[]? ProvisionalBytes(Document page, BuildContext context) => null;

    /// <summary>A fingerprint of everything <see cref="ProvisionalBytes"/> depends on besides the page, or null when not
    /// known. With it, <c>lotse serve</c> does not make the bytes of an unchanged page again while the file still has
    /// them (at 10,000 pages that state the archive's size, that was most of the first stage).</summary>
    UInt128? ProvisionalKey(BuildContext context) => null;
}

/// <summary>Values for every layout (<see cref="IFeature.LayoutGlobals"/>) and the fingerprint of what they depend on.</summary>
public sealed record LayoutGlobals(IReadOnlyDictionary<string, object?> Values, UInt128 Key);
