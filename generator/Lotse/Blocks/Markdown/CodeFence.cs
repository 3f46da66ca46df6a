namespace Lotse.Blocks.Markdown;

/// <summary>Follows fenced code blocks (<c>```</c>, <c>~~~</c>, or a longer run of either) through a page line by line, for
/// passes over Markdown source that must leave code alone. A block ends at a line that starts with its opening run.</summary>
public sealed class CodeFence
{
    private string? _fence;

    /// <summary>True while a fenced code block is open (after its opening line, before its closing one).</summary>
    public bool IsOpen => _fence is not null;

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
        var run = 3;
        while (run < trimmed.Length && trimmed[run] == trimmed[0]) run++;
        _fence = trimmed[..run].ToString();
        return true;
    }
}
