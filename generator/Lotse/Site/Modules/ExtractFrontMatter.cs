
using Lotse.Blocks.Data;
using Lotse.Blocks.Diagnostics;
using Lotse.Blocks.Html;
using Lotse.Blocks.Markdown;
using Lotse.Blocks.Paths;
using Lotse.Kernel;

namespace Lotse.Site.Modules;

/// <summary>Splits the YAML front matter from the Markdown body, checks it and puts it into the metadata.
/// Drafts (<c>draft: true</c>) leave the build here.</summary>
internal sealed class ExtractFrontMatter : DocumentModule
{
    /// <summary>In <c>lotse serve</c>, a file whose text did not change is not parsed again (unless it reported something).</summary>
    protected override Document? Execute(Document document, BuildContext context) => context.Reuse(cache => cache.FrontMatter,
        () => new Fingerprint().Add(document.SourcePath).Add(context.Cache!.Fingerprints.Of(document.Content)).Value,
        () => Extract(document, context), reportsProblems: true);

    private static Document? Extract(Document document, BuildContext context)
    {
        var diagnostics = context.Diagnostics;
        var split = FrontMatter.Split(document.Content);
        if (split is null)
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterNotClosed, document.SourcePath, 1, 1,
                "The front matter starts with '---' but never closes. Add a line '---' after the last front matter line");
            return null;
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (split.Yaml is not null)
        {
            var parsed = YamlReader.Parse(split.Yaml, out var error);
            if (error is not null)
            {
                diagnostics.Error(DiagnosticCodes.FrontMatterInvalid, document.SourcePath, split.YamlFirstLine + error.Line - 1, error.Column,
                    $"Invalid YAML in the front matter: {error.Message}. Fix the YAML syntax");
                return Failed(document, split);
            }
            if (parsed is Dictionary<string, object?> map) values = map;
            else if (parsed is not null)
            {
                diagnostics.Error(DiagnosticCodes.FrontMatterInvalid, document.SourcePath, split.YamlFirstLine, 1,
                    "The front matter must be a YAML mapping (key: value lines)");
                return Failed(document, split);
            }
        }

        foreach (var key in values.Keys.Where(Keys.Reserved.Contains).Order(StringComparer.Ordinal))
        {
            diagnostics.Error(DiagnosticCodes.ReservedKey, document.SourcePath, split.YamlFirstLine, 1,
                $"The front matter sets '{key}', which Lotse computes. Remove it or use another name");
        }
        CheckTypes(document.SourcePath, values, split.Yaml ?? "", split.YamlFirstLine, context);
        if (values.TryGetValue(Keys.Title, out var written) && (written is null || written is string w && string.IsNullOrWhiteSpace(w)))
        {
            var (line, column) = YamlPositions.Of(split.Yaml ?? "").Key(Keys.Title);
            diagnostics.Warning(DiagnosticCodes.TitleEmpty, document.SourcePath, split.YamlFirstLine + line - 1, column,
                "The front matter has 'title:' without a text, so the page's title comes from its first heading or its file name. Write the title after 'title:' or remove the key");
        }
        if (values.GetValueOrDefault(Keys.Title) is { } title and not string)
            values[Keys.Title] = PlainData.AsString(title);
        if (values.GetValueOrDefault(Keys.Draft) is true) return null;
        var body = split.Body;
        var leading = LeadingTitle.Find(body);
        if (values.GetValueOrDefault(Keys.Title) is not string { Length: > 0 } given)
        {
            values[Keys.Title] = leading?.Title ?? TitleFromFileName(document.ContentPath());
            if (leading is null) values[ContentKeys.TitleFromFileName] = true;
        }
        // The layout prints the title as the page's one h1: a leading h1 that is the title leaves the body.
        else if (leading is not null && !string.Equals(leading.Title.Trim(), given.Trim(), StringComparison.OrdinalIgnoreCase)) leading = null;
        if (leading is not null)
        {
            body = leading.RemoveFrom(body);
            if (leading.Id is not null) values[ContentKeys.TitleId] = leading.Id;
        }

        return document with
        {
            Content = body,
            Metadata = document.Metadata.SetRange(values).Set(ContentKeys.BodyLine, (long)split.BodyFirstLine),
        };
    }

    /// <summary>Checks every key against its type (<see cref="FrontMatterKey"/>, <see cref="FrontMatterTypes"/>) and every URL against
    /// <see cref="UrlPolicy"/>, all at once; a value of the wrong type and a refused URL leave the page.</summary>
    public static void CheckTypes(string sourcePath, Dictionary<string, object?> values, string yaml, int yamlFirstLine, BuildContext context)
    {
        var diagnostics = context.Diagnostics;
        YamlPositions? positions = null; // read only when there is something to report
        YamlPositions At() => positions ??= YamlPositions.Of(yaml);
        foreach (var key in values.Keys.Order(StringComparer.Ordinal).ToList())
        {
            var value = values[key];
            var type = context.FrontMatterKeys.GetValueOrDefault(key);
            if (type is { CheckedWhereRead: false } && FrontMatterTypes.Problem(value, type) is { } problem)
            {
                var (line, column) = At().Value(key);
                diagnostics.Error(type.Type == FrontMatterType.Date ? DiagnosticCodes.DateInvalid : DiagnosticCodes.FrontMatterType,
                    sourcePath, yamlFirstLine + line - 1, column, $"'{key}' {problem}");
                values.Remove(key);
                continue;
            }
            // Any text that a layout might put into an href: refused when it is a script URL, listed or not.
            var refused = type?.Type == FrontMatterType.Addresses
                ? FrontMatterTypes.RefusedUrls(value).ToList()
                : ScriptUrls(value);
            if (refused is not { Count: > 0 }) continue;
            foreach (var (url, scheme) in refused)
            {
                var (line, column) = At().Text(url, key);
                diagnostics.Error(DiagnosticCodes.UrlSchemeRefused, sourcePath, yamlFirstLine + line - 1, column,
                    $"'{key}' holds the URL '{Shorten(url)}'. {UrlPolicy.Advice(scheme)}");
            }
            var bad = refused.Select(r => r.Url).ToHashSet(StringComparer.Ordinal);
            values[key] = value is List<object?> list ? list.Where(o => o is not string s || !bad.Contains(s)).ToList() : null;
        }
    }

    private static readonly string[] ScriptSchemes = ["javascript", "vbscript", "data", "livescript"];

    /// <summary>The texts of <paramref name="value"/> (a text or a list's texts) that are script URLs, or null when none is
    /// (the usual case, found without allocating: every value of every page is checked).</summary>
    private static List<(string Url, string Scheme)>? ScriptUrls(object? value)
    {
        List<(string Url, string Scheme)>? found = null;
        if (value is List<object?> list)
            foreach (var item in list) Check(item);
        else Check(value);
        return found;

        void Check(object? item)
        {
            if (item is string text && UrlPolicy.Scheme(text) is { } scheme && ScriptSchemes.Contains(scheme)) (found ??= []).Add((text, scheme));
        }
    }

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;

    private static Document Failed(Document document, FrontMatter split) => document with
    {
        Content = split.Body,
        Metadata = document.Metadata
            .Set(Keys.Title, TitleFromFileName(document.ContentPath()))
            .Set(ContentKeys.BodyLine, (long)split.BodyFirstLine)
            .Set(ContentKeys.Failed, true),
    };

    /// <summary>A title from the file name (the folder's for an index page), without a number prefix.</summary>
    private static string TitleFromFileName(string contentPath)
    {
        var name = Path.GetFileNameWithoutExtension(contentPath);
        if (name is "index" or "README" or "readme") name = Path.GetFileName(Path.GetDirectoryName(contentPath)) ?? name;
        var title = FileNameTitle.From(name ?? "");
        return title.Length == 0 ? "Startseite" : title;
    }
}
