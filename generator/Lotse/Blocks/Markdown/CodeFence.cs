namespace Lotse.Blocks.Markdown;

/// <summary>Follows fenced code blocks (<c>```</c>, <c>~~~</c>) through a page line by line, for passes over Markdown
/// source that must leave code alone.</summary>
public sealed class CodeFence
{
    private string? _fence;

    /// <summary>True when <paramref name="line"/> opens, is inside or closes a fenced code block.</summary>
    public bool Covers(string line)
    {
        var trimmed = line.AsSpan().TrimStart();
        if (_fence is not null)
        {
            if (trimmed.StartsWith(_fence, StringComparison.Ordinal)) _fence = null;
            return true;
        }
        if (!trimmed.StartsWith("```", StringComparison.Ordinal) && !trimmed.StartsWith("~~~", StringComparison.Ordinal)) return false;
        _fence = trimmed[..3].ToString();
        return true;
    }
}
