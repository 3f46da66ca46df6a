using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Lotse.Blocks.Templates;

/// <summary>
/// A template function of one argument (<c>page_url</c>, <c>page_exists</c>, <c>date_de</c> …), called directly:
/// Scriban calls an imported delegate through reflection (<c>DynamicInvoke</c>), which cost more than the
/// functions themselves. The argument is converted to <typeparamref name="T"/> as Scriban converts it for a delegate.
/// </summary>
internal sealed class TemplateFunction<T>(string name, Func<TemplateContext, T?, object?> body) : IScriptCustomFunction
{
    public string Name => name;

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? default;
        if (arguments.Count != 1)
            throw new ScriptRuntimeException(span, $"Invalid number of arguments `{arguments.Count}` passed to `{name}` while expecting `1` arguments");
        var value = typeof(T) == typeof(object) ? (T?)arguments[0] : context.ToObject<T>(span, arguments[0]);
        return body(context, value);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => 1;
    public int ParameterCount => 1;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
    public Type ReturnType => typeof(object);
    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(T), "value");
}
