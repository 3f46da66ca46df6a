using Scriban;
using Scriban.Syntax;

namespace Lotse.Blocks.Templates;

/// <summary>
/// <c>{{ body }}</c> in a base layout, written straight from the buffer the layout rendered into, instead of first
/// making a string of every page's layout (a copy of the page's HTML, the biggest object a render made). Only when
/// every template of the site uses <c>body</c> as such a statement and nothing else (no assignment, pipe, condition,
/// member named body, <c>with</c>, <c>import</c> or <c>this</c>): then the statements become a call of
/// <see cref="FunctionName"/>, which writes the same text. Otherwise <c>body</c> stays a string as before.
/// </summary>
internal static class DirectBody
{
    public const string FunctionName = "lotse_body";

    public const string VariableName = "body";

    /// <summary>True when every mention of <c>body</c> in <paramref name="templates"/> is a statement that only writes it.</summary>
    public static bool Applies(IEnumerable<Template> templates)
    {
        var finder = new OtherUses();
        foreach (var template in templates)
            if (template.Page is { } page) finder.Visit(page);
        return !finder.Found;
    }

    /// <summary>Turns every <c>{{ body }}</c> statement of <paramref name="template"/> into a call of <see cref="FunctionName"/>.</summary>
    public static void Rewrite(Template template)
    {
        if (template.Page is { } page) new Rewriter().Visit(page);
    }

    private static bool IsBodyStatement(ScriptVariableGlobal variable) =>
        variable.Name == VariableName && variable.Parent is ScriptExpressionStatement statement && ReferenceEquals(statement.Expression, variable);

    private sealed class OtherUses : ScriptVisitor
    {
        public bool Found { get; private set; }

        public override void Visit(ScriptVariableGlobal node)
        {
            if (node.Name == VariableName && !IsBodyStatement(node)) Found = true;
            base.Visit(node);
        }

        public override void Visit(ScriptThisExpression node) => Found = true;

        public override void Visit(ScriptWithStatement node) => Found = true;

        public override void Visit(ScriptImportStatement node) => Found = true;
    }

    private sealed class Rewriter : ScriptVisitor
    {
        public override void Visit(ScriptExpressionStatement node)
        {
            if (node.Expression is ScriptVariableGlobal variable && IsBodyStatement(variable))
            {
                node.Expression = new ScriptFunctionCall { Target = new ScriptVariableGlobal(FunctionName), Span = variable.Span };
                return;
            }
            base.Visit(node);
        }
    }
}
