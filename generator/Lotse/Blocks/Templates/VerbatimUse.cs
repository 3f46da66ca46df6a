using Scriban.Syntax;

namespace Lotse.Blocks.Templates;

/// <summary>Whether a layout shows a value once and as it is (<c>{{ page.content }}</c>, no filter, no other use of a
/// member of that name in it, in the base layouts or in any partial), so that a caller may render the layout around a
/// mark and put the value in its place afterwards (the Gesamtausgaben, whose chapters are megabytes of HTML).</summary>
public static class VerbatimUse
{
    public static bool IsShownOnceAsIs(TemplateSet templates, string layout, string member)
    {
        if (templates.Layout(layout) is not { } template) return false;
        var (uses, verbatim) = Count(template.Page, member, parentIsStatement: false);
        if (uses != 1 || verbatim != 1) return false;
        // A base layout (layouts/_*.html) or a partial could use it too (partials come into the layout by name).
        return templates.Templates
            .Where(t => t.Key.StartsWith("partials/", StringComparison.Ordinal) || t.Key.StartsWith("layouts/_", StringComparison.Ordinal))
            .All(t => Count(t.Value.Page, member, parentIsStatement: false).Uses == 0);
    }

    private static (int Uses, int Verbatim) Count(ScriptNode? node, string member, bool parentIsStatement)
    {
        if (node is null) return (0, 0);
        var uses = 0;
        var verbatim = 0;
        if (node is ScriptMemberExpression { Member: ScriptVariable variable } access && variable.Name == member)
        {
            var (u, v) = Count(access.Target, member, parentIsStatement: false);
            return (u + 1, v + (parentIsStatement ? 1 : 0));
        }
        // Any other way to reach the value by name (page["content"], a variable named so) counts as a use.
        if (node is ScriptIndexerExpression { Index: ScriptLiteral { Value: string key } } && key == member
            || node is ScriptVariable { Name: var name } && name == member)
            uses++;
        for (var i = 0; i < node.ChildrenCount; i++)
        {
            var (u, v) = Count(node.GetChildren(i), member, node is ScriptExpressionStatement);
            uses += u;
            verbatim += v;
        }
        return (uses, verbatim);
    }
}
