using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Lotse.Blocks.Templates;

/// <summary><c>lotse_url value escape</c> (<see cref="AutoEscape"/>), called directly instead of through Scriban's
/// reflection (<c>DynamicInvoke</c>, which cost more than the function on every link of every page).</summary>
internal sealed class UrlFunction : IScriptCustomFunction
{
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? default;
        if (arguments.Count != 2)
            throw new ScriptRuntimeException(span, $"Invalid number of arguments `{arguments.Count}` passed to `{AutoEscape.UrlFunctionName}` while expecting `2` arguments");
        return AutoEscape.Url(context, arguments[0], context.ToObject<bool>(span, arguments[1]));
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => 2;
    public int ParameterCount => 2;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
    public Type ReturnType => typeof(object);
    public ScriptParameterInfo GetParameterInfo(int index) => index == 0 ? new(typeof(object), "value") : new(typeof(bool), "escape");
}
