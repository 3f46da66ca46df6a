using Lotse.Blocks.Html;
using System.Collections.Immutable;
using System.Net;
using Lotse.Blocks.Diagnostics;
using Lotse.Blocks.Output;
using Lotse.Blocks.Paths;
using Lotse.Kernel;
using Lotse.Site.Pipelines;

namespace Lotse.Site.Modules;

/// <summary>Writes a redirect page for each entry of a page's <c>aliases</c>: a link plus a meta refresh,
/// no script. An alias that collides with a page or another alias is an error.</summary>
internal sealed class GenerateRedirects : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context)
    {
        var pages = context.Outputs.FromPipeline(nameof(ContentPipeline));
        var taken = pages.ToDictionary(p => p.OutputPath, p => p.SourcePath, StringComparer.Ordinal);
        // Theme assets and static files, the files Lotse makes itself and its marker are not an alias's to take.
        foreach (var file in context.Outputs.FromPipeline(nameof(AssetsPipeline))) taken.TryAdd(file.OutputPath, file.SourcePath);
        foreach (var generated in new[] { "robots.txt", "sitemap.xml", "404.html", OutputFolder.MarkerName })
            taken.TryAdd(generated, "Lotse itself (a generated file)");
        var redirects = new List<Document>();
        foreach (var page in pages)
        {
            foreach (var alias in page.Metadata.GetStrings(Keys.Aliases))
            {
                var clean = SiteUrls.Combine("", alias.Trim());
                if (string.IsNullOrEmpty(clean))
                {
                    context.Diagnostics.Error(DiagnosticCodes.AliasCollision, page.SourcePath, 0, 0,
                        $"The alias '{alias}' is not a path inside the site. Write it like 'alte/adresse'");
                    continue;
                }
                var output = Path.HasExtension(clean) ? clean : clean.TrimEnd('/') + "/index.html";
                if (taken.TryGetValue(output, out var owner))
                {
                    context.Diagnostics.Error(DiagnosticCodes.AliasCollision, page.SourcePath, 0, 0,
                        $"The alias '{alias}' would overwrite '{output}' of '{owner}'. Remove the alias or move the other page");
                    continue;
                }
                taken[output] = page.SourcePath;
                var url = HtmlUrl.Attribute(SiteUrls.Relative(output, page.OutputPath, context.Config.LinkStyle));
                var title = HtmlEscape.Text(page.Title);
                var html = $"""
                    <!DOCTYPE html>
                    <html lang="{context.Config.Language}">
                    <head><meta charset="utf-8"><title>Weiterleitung: {title}</title>
                    <meta name="robots" content="noindex"><meta http-equiv="refresh" content="0; url={url}"></head>
                    <body><main><h1>Diese Seite ist umgezogen</h1><p>Neue Adresse: <a href="{url}">{title}</a></p></main></body>
                    </html>

                    """;
                redirects.Add(new Document(page.SourcePath, output, html, Metadata.Empty.Set(Keys.Title, page.Title)));
            }
        }
        return Task.FromResult(inputs.AddRange(redirects));
    }
}
