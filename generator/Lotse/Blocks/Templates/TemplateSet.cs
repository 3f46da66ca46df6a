using Lotse.Blocks.Data;
using Lotse.Blocks.Diagnostics;
using Scriban;
using Scriban.Parsing;

using Lotse.Blocks.Config;

using Lotse.Kernel;

namespace Lotse.Blocks.Templates;

/// <summary>
/// Every layout and partial of the site's themes, parsed once before any page renders, so that all
/// syntax errors are reported together. Themes are layered: a file in an earlier theme folder
/// replaces the file with the same name in a later one (the default theme comes last).
/// </summary>
public sealed class TemplateSet
{
    private readonly Dictionary<string, Template> _templates;

    private readonly HashSet<string> _directlyIncludable;

    private readonly bool _themeMissing;

    private TemplateSet(Dictionary<string, Template> templates, UInt128 fingerprint, HashSet<string> directlyIncludable, bool themeMissing, bool writesBodyDirectly)
    {
        WritesBodyDirectly = writesBodyDirectly;
        _templates = templates;
        _themeMissing = themeMissing;
        Fingerprint = fingerprint;
        _directlyIncludable = directlyIncludable;
    }

    /// <summary>True for partials that never mention <c>$</c> (the include's arguments): they can be rendered
    /// straight into the including page (<see cref="DirectInclude"/>).</summary>
    public bool IsDirectlyIncludable(string key) => _directlyIncludable.Contains(key);

    /// <summary>True when the templates' <c>{{ body }}</c> statements write the layout straight from its buffer (<see cref="DirectBody"/>).</summary>
    public bool WritesBodyDirectly { get; }

    /// <summary>A hash of every template's name and text: equal for the same themes.</summary>
    public UInt128 Fingerprint { get; }

    /// <summary>True when a theme folder is missing or a template did not parse; pages are then not rendered (the
    /// errors are reported once, not for every page).</summary>
    public bool HasErrors => _themeMissing || _templates.Values.Any(t => t.HasErrors);

    /// <summary>Keys look like <c>layouts/page.html</c> and <c>partials/nav.html</c>.</summary>
    public IReadOnlyDictionary<string, Template> Templates => _templates;

    public Template? Layout(string name) => _templates.GetValueOrDefault($"layouts/{name}.html");

    public Template? Partial(string name) => _templates.GetValueOrDefault($"partials/{name}");

    /// <param name="themeAt">Where lotse.yml names a theme (by its name), for the diagnostic about a missing one; null when it does not.</param>
    public static TemplateSet Load(IReadOnlyList<string> themeFolders, Func<string, string> relative, DiagnosticBag diagnostics,
        Func<string, (int Line, int Column)?>? themeAt = null)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var themeMissing = false;
        foreach (var theme in themeFolders.Reverse())
        {
            if (!Directory.Exists(theme))
            {
                themeMissing = true;
                var (line, column) = themeAt?.Invoke(Path.GetFileName(theme)) ?? (0, 0);
                diagnostics.Error(DiagnosticCodes.ThemeMissing, SiteConfig.FileName, line, column,
                    $"The theme '{Path.GetFileName(theme)}' does not exist: there is no folder {relative(theme)}. " +
                    "Create it (every site needs themes/default; copy it from the Lotse repository) or change 'theme' in lotse.yml");
                continue;
            }
            foreach (var kind in new[] { "layouts", "partials" })
            {
                var folder = Path.Combine(theme, kind);
                if (!Directory.Exists(folder)) continue;
                foreach (var file in Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories))
                    files[$"{kind}/{Path.GetRelativePath(folder, file).Replace('\\', '/')}"] = file;
            }
        }

        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var fingerprint = new Fingerprint();
        var directlyIncludable = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, file) in files)
        {
            var path = relative(file);
            var text = SourceText.Read(file, out var problem);
            if (text is null)
            {
                diagnostics.Error(DiagnosticCodes.FileUnreadable, path, 0, 0, problem!);
                text = "";
            }
            fingerprint.Add(key).Add(text);
            var template = Template.Parse(text, path, new ParserOptions(), new LexerOptions { Lang = ScriptLang.Default });
            foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
                diagnostics.Error(DiagnosticCodes.TemplateSyntax, path, message.Span.Start.Line + 1, message.Span.Start.Column + 1,
                    $"{message.Message.TrimEnd('.')}. Fix the template syntax");
            AutoEscape.Apply(template);
            templates[key] = template;
            if (!text.Contains('$')) directlyIncludable.Add(key);
        }
        var writesBodyDirectly = DirectBody.Applies(templates.Values);
        if (writesBodyDirectly)
            foreach (var template in templates.Values) DirectBody.Rewrite(template);
        return new TemplateSet(templates, fingerprint.Value, directlyIncludable, themeMissing, writesBodyDirectly);
    }
}
