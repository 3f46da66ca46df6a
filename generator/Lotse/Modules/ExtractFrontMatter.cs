using Lotse.Core;
using Lotse.Data;
using Lotse.Diagnostics;

namespace Lotse.Modules;

/// <summary>Splits the YAML front matter from the Markdown body, checks it and puts it into the metadata.
/// Drafts (<c>draft: true</c>) leave the build here.</summary>
public sealed class ExtractFrontMatter : DocumentModule
{
    protected override Document? Execute(Document document, BuildContext context)
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
                return null;
            }
            if (parsed is Dictionary<string, object?> map) values = map;
            else if (parsed is not null)
            {
                diagnostics.Error(DiagnosticCodes.FrontMatterInvalid, document.SourcePath, split.YamlFirstLine, 1,
                    "The front matter must be a YAML mapping (key: value lines)");
                return null;
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

        return document with
        {
            Content = split.Body,
            Metadata = document.Metadata.SetRange(values).Set(ContentKeys.BodyLine, (long)split.BodyFirstLine),
        };
    }
}
