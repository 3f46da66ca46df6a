namespace Lotse.Blocks.Diagnostics;

/// <summary>One problem found in the content, printed in the MSBuild format that editors and IDEs parse:
/// <c>content/faq/frist.md(12,5): error LOT0402: what is wrong. what to do</c>.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Path, int Line, int Column, string Message)
{
    public override string ToString()
    {
        var where = Line > 0 ? $"{Path}({Line},{Column})" : Path;
        var level = Severity switch { Severity.Error => "error", Severity.Info => "info", _ => "warning" };
        var text = Message.EndsWith('.') || Message.EndsWith('?') ? Message : Message + ".";
        return $"{where}: {level} {Code}: {text}";
    }
}
