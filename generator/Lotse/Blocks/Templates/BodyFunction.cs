using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Lotse.Blocks.Templates;

/// <summary>The function <c>{{ body }}</c> statements call (<see cref="DirectBody"/>): appends the pending body to the
/// page being written, or returns it as a string where Scriban must write it itself (an indented statement), or, with no
/// pending body (in the layout itself, before the base renders), the variable <c>body</c> as it is.</summary>
internal sealed class BodyFunction : IScriptCustomFunction
{
    private static readonly ScriptVariableGlobal Variable = new(DirectBody.VariableName);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (context is not LayoutContext { PendingBody: { } body }) return context.GetValue(Variable);
        if (body.Length == 0) return "";
        if (!context.EnableOutput || !string.IsNullOrEmpty(context.CurrentIndent) || BufferOutput.BuilderOf(context.Output) is not { } output)
            return body.ToString();
        // Scriban remembers whether the last text written ended a line (for indented includes): the last character
        // goes through its writer, the rest straight into the page.
        output.Append(body, 0, body.Length - 1);
        var last = body[^1];
        if (last == '\n') context.Write("\n");
        else
        {
            context.ResetPreviousNewLine();
            output.Append(last);
        }
        return null;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => 0;
    public int ParameterCount => 0;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
    public Type ReturnType => typeof(string);
    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "none");
}
