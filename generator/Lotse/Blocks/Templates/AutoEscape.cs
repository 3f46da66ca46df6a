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
/// (<c>{{ page.title | html.escape }}</c>) decide themselves. A statement that starts the value of a URL attribute
/// (<c>href="{{ … }}"</c>, <c>src</c>, <c>action</c> …), whatever it writes, goes through <see cref="HtmlUrl"/>'s policy
/// (<c>lotse_url</c>: a scheme other than http, https, mailto, tel becomes <c>#</c>), escaped as above when it only
/// writes a value. The rewrite happens once, when a template is parsed.
/// </summary>
internal static partial class AutoEscape
{
    /// <summary>The template function the rewritten statements call.</summary>
    public const string FunctionName = "lotse_escape";

    /// <summary>The template function the statements that start a URL attribute's value call.</summary>
    public const string UrlFunctionName = "lotse_url";

    /// <summary>Raw template text that ends where a URL attribute's double-quoted value begins.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\s(?:href|src|action|formaction|poster|cite|data|background)\s*=\s*""$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex UrlAttributeStart();

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

    /// <summary>The URL function: the value's text made safe by <see cref="UrlPolicy.Safe"/>, escaped when <paramref name="escape"/>.</summary>
    public static object? Url(TemplateContext context, object? value, bool escape)
    {
        if (value is null) return null;
        var text = value as string ?? (value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : context.ObjectToString(value)) ?? "";
        var safe = UrlPolicy.Safe(text);
        return escape ? HtmlEscape.Text(safe) : safe;
    }

    public static void AddTo(ScriptObject globals)
    {
        // Called directly, not through Scriban's reflection (imported delegates are called with DynamicInvoke).
        globals.SetValue(FunctionName, new TemplateFunction<object>(FunctionName, Escape), readOnly: true);
        globals.SetValue(UrlFunctionName, new UrlFunction(), readOnly: true);
    }

    private static bool WritesData(ScriptExpression expression) => expression switch
    {
        ScriptVariable variable => !HtmlNames.Contains(variable.Name),
        ScriptMemberExpression member => member.Member is not ScriptVariable name || !HtmlNames.Contains(name.Name),
        ScriptIndexerExpression => true,
        _ => false,
    };

    private sealed class Rewriter : ScriptVisitor
    {
        /// <summary>The statements right after raw text that opens a URL attribute's value.</summary>
        private readonly HashSet<ScriptExpressionStatement> _startsUrl = [];

        public override void Visit(ScriptBlockStatement node)
        {
            for (var i = 1; i < node.Statements.Count; i++)
            {
                if (node.Statements[i] is not ScriptExpressionStatement statement) continue;
                var before = i - 1; // the raw text before it, past the '{{' (an escape statement) and nothing else
                while (before > 0 && node.Statements[before] is ScriptEscapeStatement or ScriptNopStatement) before--;
                if (node.Statements[before] is ScriptRawStatement { Text: var raw } && UrlAttributeStart().IsMatch(raw.ToString()))
                    _startsUrl.Add(statement);
            }
            base.Visit(node);
        }

        public override void Visit(ScriptExpressionStatement node)
        {
            if (node.Expression is { } url && _startsUrl.Contains(node))
            {
                node.Expression = null; // a node has one parent: detach it before it becomes the call's argument
                var call = new ScriptFunctionCall { Target = new ScriptVariableGlobal(UrlFunctionName), Span = url.Span };
                call.Arguments.Add(url);
                call.Arguments.Add(new ScriptLiteral(WritesData(url)));
                node.Expression = call;
                return;
            }
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
