using System.Globalization;
using Lotse.Blocks.Html;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Lotse.Blocks.Templates;

/// <summary>
/// Page data is HTML-escaped by default: a template statement that only writes a value (<c>{{ page.title }}</c>,
/// <c>{{ q }}</c>, <c>{{ page.edit_url }}</c>) writes it escaped for element content and double-quoted attributes.
/// The HTML the build made is written as it is: <c>{{ body }}</c> and any member named <c>content</c>
/// (<c>{{ page.content }}</c>). Function calls (<c>nav_html</c>, <c>include</c>) and pipes
/// (<c>{{ page.title | html.escape }}</c>) decide themselves. The rewrite happens once, when a template is parsed.
/// </summary>
internal static class AutoEscape
{
    /// <summary>The template function the rewritten statements call.</summary>
    public const string FunctionName = "lotse_escape";

    private static readonly HashSet<string> HtmlNames = new(StringComparer.Ordinal) { "body", "content" };

    public static void Apply(Template template)
    {
        if (template.Page is { } page) new Rewriter().Visit(page);
    }

    /// <summary>The escaping function: text and other objects are escaped, numbers and booleans written as they are.</summary>
    public static object? Escape(TemplateContext context, object? value) => value switch
    {
        null => null,
        string text => HtmlEscape.Text(text),
        bool or int or long or double or float or decimal or short or byte => value,
        IFormattable formattable => HtmlEscape.Text(formattable.ToString(null, CultureInfo.InvariantCulture)),
        _ => HtmlEscape.Text(context.ObjectToString(value) ?? ""),
    };

    public static void AddTo(ScriptObject globals) =>
        globals.Import(FunctionName, new Func<TemplateContext, object?, object?>(Escape));

    private static bool WritesData(ScriptExpression expression) => expression switch
    {
        ScriptVariable variable => !HtmlNames.Contains(variable.Name),
        ScriptMemberExpression member => member.Member is not ScriptVariable name || !HtmlNames.Contains(name.Name),
        ScriptIndexerExpression => true,
        _ => false,
    };

    private sealed class Rewriter : ScriptVisitor
    {
        public override void Visit(ScriptExpressionStatement node)
        {
            if (node.Expression is { } expression && WritesData(expression))
            {
                node.Expression = null; // a node has one parent: detach it before it becomes the call's argument
                var call = new ScriptFunctionCall { Target = new ScriptVariableGlobal(FunctionName), Span = expression.Span };
                call.Arguments.Add(expression);
                node.Expression = call;
                return;
            }
            base.Visit(node);
        }
    }
}
