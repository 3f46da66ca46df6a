namespace Lotse.Blocks.Diagnostics;

/// <summary>Every diagnostic code Lotse reports. The README's table lists them with their meaning.</summary>
public static class DiagnosticCodes
{
    public const string ConfigInvalid = "LOT0001";
    public const string FileUnreadable = "LOT0002";
    public const string VendorFileMissing = "LOT0003";
    public const string ThemeMissing = "LOT0004";
    public const string CommandLineUnknown = "LOT0005";
    public const string CommandLineValueInvalid = "LOT0006";
    public const string FrontMatterInvalid = "LOT0101";
    public const string FrontMatterNotClosed = "LOT0102";
    public const string ReservedKey = "LOT0103";
    public const string DuplicateOutputPath = "LOT0104";
    public const string DataFileInvalid = "LOT0105";
    public const string DirectoryDefaultsInvalid = "LOT0106";
    public const string PagesFromDataInvalid = "LOT0107";
    public const string UnknownLayout = "LOT0201";
    public const string TemplateSyntax = "LOT0202";
    public const string TemplateRuntime = "LOT0203";
    public const string UnsafeHtml = "LOT0301";
    public const string MarkdownTooDeep = "LOT0302";
    public const string RawHtmlEventHandler = "LOT0303";
    public const string RawHtmlScriptUrl = "LOT0304";
    public const string RawHtmlForeignIframe = "LOT0305";
    public const string RawHtmlSanitized = "LOT0306";
    public const string LinkTargetMissing = "LOT0401";
    public const string AnchorMissing = "LOT0402";
    public const string LinkEscapesContent = "LOT0403";
    public const string AliasCollision = "LOT0404";
    public const string NavEntryUnknown = "LOT0405";
    public const string ChecklistInvalid = "LOT0501";
    public const string ChecklistRoleUnknown = "LOT0502";
    public const string ChecklistDimensionInvalid = "LOT0503";
    public const string ChecklistIdDuplicate = "LOT0504";
    public const string OfflineFilesMissing = "LOT0601";
    public const string ReviewOverdue = "LOT0610";
    public const string ReviewDateInvalid = "LOT0611";
    public const string ReadabilityLow = "LOT0701";
    public const string SentenceTooLong = "LOT0702";
    public const string PassiveHeavy = "LOT0703";
    public const string ImageWithoutAlt = "LOT0704";
    public const string HeadingLevelSkipped = "LOT0705";
    public const string TitleDuplicate = "LOT0706";
    public const string LinkEmpty = "LOT0707";
    public const string FrontMatterIncomplete = "LOT0708";
    public const string AbbreviationUndefined = "LOT0709";
    public const string GenderTerm = "LOT0710";
    public const string PlaceholderLeft = "LOT0711";
    public const string ForeignFileInOutput = "LOT0901";

    // Source policy and templates (issue 23)
    public const string SourceRefused = "LOT0720";
    public const string SourceNotAllowed = "LOT0721";
    public const string SourceHomepage = "LOT0722";
    public const string SourceUnverifiedMarked = "LOT0723";
    public const string SourceUnverifiedUnmarked = "LOT0724";
    public const string SourceMarkStale = "LOT0725";
    public const string SourceReplacementKnown = "LOT0726";
    public const string SourcePolicyInvalid = "LOT0727";
    public const string TemplateSettingsInvalid = "LOT0730";
    public const string TemplateNotConverted = "LOT0731";

    // Checklists 2.0 (issue 22)
    public const string ChecklistLinkInvalid = "LOT0520";

    // Input checks (issue 19)
    public const string UrlSchemeRefused = "LOT0160";
    public const string FileNameUnsafe = "LOT0161";
    public const string FileNameNotNfc = "LOT0162";
    public const string FrontMatterType = "LOT0163";
    public const string DateInvalid = "LOT0164";
    public const string ConfigValueType = "LOT0165";
    public const string ConfigKeyUnknown = "LOT0166";
    public const string DataFileShape = "LOT0167";
    public const string DataFileKeyUnknown = "LOT0174";
    public const string PageRoleUnknown = "LOT0175";
    public const string CitationUnknown = "LOT0176";
    public const string BibliographyUnreadable = "LOT0177";
    public const string ShortcodeUnknown = "LOT0178";
    public const string RootMissing = "LOT0168";
    public const string ServeAddressUnavailable = "LOT0169";
    public const string PdfChromiumTimeout = "LOT0170";
    public const string PdfChromiumFailed = "LOT0171";
    public const string TitleEmpty = "LOT0172";
    /// <summary>A setting of lotse.yml (<c>footer</c>, <c>notFound</c>, <c>offline: faq_source</c>) names a page or folder that does not exist.</summary>
    public const string SettingPageMissing = "LOT0173";

    // Compatibility (issue 20)
    public const string TitleFromFileName = "LOT0410";
    public const string SecondH1 = "LOT0411";
    public const string ContainerUnknown = "LOT0420";
    public const string ExternalMedia = "LOT0430";
    /// <summary>An entry of <c>diagnostics:</c> in lotse.yml that is no code or no severity (off, note, warning, error).</summary>
    public const string DiagnosticSeverityInvalid = "LOT0440";
    /// <summary>Quarto's <c>{{&lt; include x.md &gt;}}</c> names no file inside content/.</summary>
    public const string IncludeMissing = "LOT0441";
    public const string ChecklistDimensionSettingInvalid = "LOT0442";
    public const string VitePressValueSkipped = "LOT0443";
    /// <summary>A Jekyll site's <c>_config.yml</c> in content/ is no YAML mapping: its <c>exclude:</c> and <c>include:</c> are not applied.</summary>
    public const string JekyllConfigUnreadable = "LOT0444";
    /// <summary>A Jekyll or GitBook template tag (<c>{% if %}</c>, <c>{% for %}</c>, <c>{% seo %}</c>) that Lotse does not run: left out.</summary>
    public const string TemplateTagUnsupported = "LOT0445";
    public const string MdxComponentNotShown = "LOT0450";
    public const string DocusaurusValueSkipped = "LOT0451";
    public const string DocusaurusCategoryInvalid = "LOT0452";
    public const string PublicFolderMissing = "LOT0453";

    // Deployment (issue 24)
    public const string BasePathInvalid = "LOT0950";

    // Output folder (issue 18)
    public const string OutputPathTaken = "LOT0110";
    public const string OutputLocked = "LOT0111";
    public const string OutputSwapRepaired = "LOT0112";
    public const string DiskFull = "LOT0113";
    public const string FileSystemReadOnly = "LOT0114";
    public const string PermissionDenied = "LOT0115";
    public const string PathTooLong = "LOT0116";
    public const string NotADirectory = "LOT0117";
    public const string SymlinkLoop = "LOT0118";
    public const string FileVanished = "LOT0119";
    public const string FileSystemError = "LOT0120";
    public const string SpecialFile = "LOT0121";

    // Accessibility conformance (issue 25)
    public const string ConformanceCriterionOpen = "LOT0800";
    public const string ConformanceEvidenceInvalid = "LOT0801";
    public const string ConformanceBrowserResultsInvalid = "LOT0802";
}
