using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Lotse.Blocks.Templates;

/// <summary>Resolves <c>include "nav.html"</c> to the partial of the layered themes.</summary>
internal sealed class PartialLoader(TemplateSet templates) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => PathOf(templateName);

    public static string PathOf(string templateName) => $"partials/{templateName}";

    public static string Missing(string templatePath) => $"The partial '{templatePath}' does not exist in any theme";

    public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        templates.Templates.TryGetValue(templatePath, out var t)
            ? t.Page?.ToString() ?? ""
            : throw new ScriptRuntimeException(callerSpan, Missing(templatePath));

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult(Load(context, callerSpan, templatePath));
}
