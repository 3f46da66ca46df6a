using System.Globalization;
using System.Text;
using Lotse.Blocks.Diagnostics;
using Lotse.Blocks.Text;
using Lotse.Kernel;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Lotse.Blocks.Templates;

/// <summary>Renders a layout and then the base layout around it, in a Scriban context of the rendering thread.
/// A layout can choose another base (<c>{{ base = "_bare" }}</c>) or none (<c>{{ base = "" }}</c>).</summary>
internal sealed class TemplateRenderer(TemplateSet templates, ScriptObject? functions = null)
{
    // Scriban's built-in functions, made once per build: creating them for every page cost more than rendering.
    private readonly ScriptObject _builtins = new Scriban.Functions.BuiltinFunctions();

    // include, rendering partials straight into the page (made once per build, like the built-in functions), and the
    // escaping function the templates' value statements call (AutoEscape).
    private readonly ScriptObject _include = IncludeAndEscape(templates);

    // One output buffer per thread, big enough for a page: Scriban empties its output after each render, and
    // emptying a builder that grew in many chunks allocates it anew at full size (most of the layout's garbage).
    private readonly ThreadLocal<StringBuilder> _buffers = new(() => new StringBuilder(InitialBuffer));

    // One buffer per thread for the layout's HTML while the base layout renders around it (DirectBody).
    private readonly ThreadLocal<StringBuilder> _bodies = new(() => new StringBuilder(InitialBuffer));
    private const int InitialBuffer = 256 * 1024;
    private const int LargestKeptBuffer = 4 * 1024 * 1024;

    // One template context per thread, used page after page (Scriban's output limit counts each render anew): a new
    // context for every page cost a fifth of the layout time, mostly in finding again how to read the model's types.
    private readonly ThreadLocal<TemplateContext?> _contexts = new();

    public const string DefaultBase = "_base";

    /// <summary>Most characters a value or a rendered page may have. Scriban's default (1 Mi characters) silently
    /// cut long pages such as a large Gesamtausgabe (its chapters after the first MiB were lost); past this
    /// limit rendering stops with a diagnostic instead of cutting.</summary>
    public const int OutputLimit = 256 * 1024 * 1024;

    /// <summary>Renders; on a template error reports a diagnostic at the template's line and column and returns null.</summary>
    public string? Render(string layout, ScriptObject globals, string sourcePath, DiagnosticBag diagnostics) =>
        Render(layout, globals, sourcePath, diagnostics, static html => html.ToString());

    /// <summary>Renders into the page's UTF-8 bytes (as <see cref="Utf8Text.Encode(string)"/> encodes its text) without
    /// making a string of it; on a template error as <see cref="Render(string, ScriptObject, string, DiagnosticBag)"/>.</summary>
    public byte[]? RenderUtf8(string layout, ScriptObject globals, string sourcePath, DiagnosticBag diagnostics) =>
        Render(layout, globals, sourcePath, diagnostics, Utf8Text.Encode);

    private T? Render<T>(string layout, ScriptObject globals, string sourcePath, DiagnosticBag diagnostics, Func<StringBuilder, T> result) where T : class
    {
        var template = templates.Layout(layout);
        if (template is null) return null;
        // A context is taken from this thread's spare (or made) and given back only after a clean render: one that
        // stopped in an error may hold half of a page's state and is dropped.
        var context = _contexts.Value ?? NewContext();
        _contexts.Value = null;
        var globalCount = context.GlobalCount;
        var outputCount = context.OutputCount;
        context.ResetPreviousNewLine();
        var page = _buffers.Value!.Clear();
        context.PushOutput(new BufferOutput(page));
        globals["base"] = DefaultBase;
        context.PushGlobal(_include);
        if (functions is not null) context.PushGlobal(functions);
        context.PushGlobal(globals);
        T? html;
        // Templates render the same bytes under every culture of the machine (a case-insensitive regex in a layout
        // would otherwise fold "I" to a dotless "ı" under tr-TR); the thread's culture is set back afterwards.
        // Setting the culture costs an allocation in the thread's execution context: only when it is another one.
        var culture = CultureInfo.CurrentCulture;
        var otherCulture = culture.Name.Length > 0;
        if (otherCulture) CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            html = RenderWithBase(template, layout, context, globals, sourcePath, diagnostics) is { } written ? result(written) : null;
        }
        catch (ScriptRuntimeException e)
        {
            var span = e.Span;
            diagnostics.Error(DiagnosticCodes.TemplateRuntime, span.FileName ?? layout, span.Start.Line + 1, span.Start.Column + 1,
                $"{e.OriginalMessage.TrimEnd('.')} (while rendering '{sourcePath}'). Fix the template or the page's front matter");
            return null;
        }
        finally
        {
            if (otherCulture) CultureInfo.CurrentCulture = culture;
            // A huge page (a Gesamtausgabe) must not leave its thread holding a huge buffer for the rest of the build.
            if (_buffers.Value!.Capacity > LargestKeptBuffer) _buffers.Value = new StringBuilder(InitialBuffer);
            if (_bodies.Value!.Capacity > LargestKeptBuffer) _bodies.Value = new StringBuilder(InitialBuffer);
        }
        while (context.GlobalCount > globalCount) context.PopGlobal();
        while (context.OutputCount > outputCount) context.PopOutput();
        _contexts.Value = context;
        return html;
    }

    /// <summary>Renders the layout and its base into the page's buffer (the output on top); returns the buffer that holds
    /// the page, or null when the base layout does not exist.</summary>
    private StringBuilder? RenderWithBase(Template template, string layout, TemplateContext context, ScriptObject globals, string sourcePath, DiagnosticBag diagnostics)
    {
        var page = ((BufferOutput)context.Output).Builder;
        // The layout renders into a buffer of its own, read by the base (DirectBody) or made the string 'body'.
        var body = _bodies.Value!.Clear();
        context.PushOutput(new BufferOutput(body));
        try
        {
            template.Render(context);
        }
        finally
        {
            context.PopOutput();
        }
        var baseName = globals["base"] as string;
        if (string.IsNullOrEmpty(baseName)) return body;
        var baseTemplate = templates.Layout(baseName);
        if (baseTemplate is null)
        {
            diagnostics.Error(DiagnosticCodes.UnknownLayout, sourcePath, 0, 0,
                $"The base layout '{baseName}' chosen by layout '{layout}' does not exist. Add layouts/{baseName}.html to the theme");
            return null;
        }
        if (templates.WritesBodyDirectly && context is LayoutContext layoutContext)
        {
            layoutContext.PendingBody = body;
            try
            {
                baseTemplate.Render(context);
            }
            finally
            {
                layoutContext.PendingBody = null;
            }
        }
        else
        {
            globals[DirectBody.VariableName] = body.ToString();
            baseTemplate.Render(context);
        }
        return page;
    }

    private static ScriptObject IncludeAndEscape(TemplateSet templates)
    {
        var globals = new ScriptObject { ["include"] = new DirectInclude(templates), [DirectBody.FunctionName] = new BodyFunction() };
        AutoEscape.AddTo(globals);
        // {{ lotse_hyphenate text }}: soft hyphens in long words, in linear time (a regex with look-behinds took
        // seconds on a long title and failed the build with a timeout).
        globals.SetValue("lotse_hyphenate", new TemplateFunction<string>("lotse_hyphenate", (_, text) => text is null ? null : GermanSoftHyphens.Insert(text)), readOnly: true);
        return globals;
    }

    private TemplateContext NewContext()
    {
        var context = new LayoutContext(_builtins)
        {
            TemplateLoader = new PartialLoader(templates),
            LoopLimit = 100_000,
            RecursiveLimit = 64,
            MemberRenamer = member => member.Name,
            StrictVariables = false,
            LimitToString = OutputLimit,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OutputLimit = OutputLimit,
            OnOutputLimit = ScriptLimitBehavior.Throw,
        };
        foreach (var (key, t) in templates.Templates)
            if (key.StartsWith("partials/", StringComparison.Ordinal)) context.CachedTemplates[key] = t;
        return context;
    }
}
