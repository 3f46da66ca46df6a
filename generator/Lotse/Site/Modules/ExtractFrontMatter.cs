
using Lotse.Blocks.Data;
using Lotse.Blocks.Diagnostics;
using Lotse.Blocks.Markdown;
using Lotse.Blocks.Paths;
using Lotse.Kernel;

namespace Lotse.Site.Modules;

/// <summary>Splits the YAML front matter from the Markdown body, checks it and puts it into the metadata.
/// Drafts (<c>draft: true</c>) leave the build here.</summary>
public sealed class ExtractFrontMatter : DocumentModule
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
