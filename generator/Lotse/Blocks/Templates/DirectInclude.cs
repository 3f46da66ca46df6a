using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Lotse.Blocks.Templates;

/// <summary>
/// <c>include "name.html"</c> that renders the partial straight into the page being written. Scriban's own
/// include renders every partial into a new buffer, makes a string of it and copies that into the page (for the
/// sidebar three copies of its HTML per page). Includes with arguments (<c>$</c>) and indented includes are left
/// to Scriban's include, as are partials that mention <c>$</c> at all; the written text is the same.
/// </summary>
internal sealed class DirectInclude(TemplateSet templates) : IScriptCustomFunction
{
    private readonly IncludeFunction _scriban = new();

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (callerContext is null || arguments.Count != 1 || !string.IsNullOrEmpty(context.CurrentIndent) || arguments[0] is not string name || name.Length == 0)
            return _scriban.Invoke(context, callerContext, arguments, blockStatement);
        var path = PartialLoader.PathOf(name);
        if (!templates.Templates.TryGetValue(path, out var template))
            throw new ScriptRuntimeException(callerContext.Span, PartialLoader.Missing(path));
        if (!templates.IsDirectlyIncludable(path)) return _scriban.Invoke(context, callerContext, arguments, blockStatement);
        if (template.Page is not { } page) return null;

        context.EnterRecursive(callerContext);
        context.PushSourceFile(template.SourceFilePath ?? path);
        try
        {
            var result = context.Evaluate(page);
            if (result is not null) context.Write(page.Span, result);
        }
        finally
        {
            context.PopSourceFile();
            context.ExitRecursive(callerContext);
        }
        return null;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => _scriban.RequiredParameterCount;
    public int ParameterCount => _scriban.ParameterCount;
    public ScriptVarParamKind VarParamKind => _scriban.VarParamKind;
    public Type ReturnType => _scriban.ReturnType;
    public ScriptParameterInfo GetParameterInfo(int index) => _scriban.GetParameterInfo(index);
}
