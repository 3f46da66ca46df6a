using System.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Lotse.Blocks.Templates;

/// <summary>
/// A template function of one text argument that makes HTML in C# (<c>nav_html</c>). Called as a statement of
/// its own (<c>{{ nav_html "…" }}</c>) it appends straight to the page being written; used in an expression
/// (a pipe, an assignment) it returns the HTML as a string. The page gets the same text either way.
/// </summary>
internal sealed class HtmlWritingFunction(Action<TemplateContext, string, StringBuilder> write) : IScriptCustomFunction
{
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count != 1)
            throw new ScriptRuntimeException(callerContext?.Span ?? default, $"Invalid number of arguments `{arguments.Count}` passed to a function that expects 1");
        var argument = context.ObjectToString(arguments[0]) ?? "";
        if (callerContext?.Parent is ScriptExpressionStatement && context.EnableOutput && string.IsNullOrEmpty(context.CurrentIndent)
            && BufferOutput.BuilderOf(context.Output) is { } output)
        {
            write(context, argument, output);
            return null;
        }
        var html = new StringBuilder();
        write(context, argument, html);
        return html.ToString();
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => 1;
    public int ParameterCount => 1;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
    public Type ReturnType => typeof(string);
    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "text");
}
