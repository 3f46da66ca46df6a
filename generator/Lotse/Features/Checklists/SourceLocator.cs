namespace Lotse.Features.Checklists;

/// <summary>Turns offsets into a page's Markdown into file lines and columns (1-based).</summary>
internal sealed class SourceLocator(string markdown, int firstLine)
{
    public (int Line, int Column) At(int offset)
    {
        offset = Math.Clamp(offset, 0, markdown.Length);
        var lineStart = offset == 0 ? 0 : markdown.LastIndexOf('\n', offset - 1) + 1;
        var line = 0;
        for (var i = 0; i < lineStart; i++)
            if (markdown[i] == '\n') line++;
        return (firstLine + line, offset - lineStart + 1);
    }

    /// <summary>The position of <paramref name="text"/> in the attribute block (<c>{…}</c>) that ends the
    /// source range, or of the range's start when it is not there.</summary>
    public (int Line, int Column) OfAttribute(int start, int end, string text)
    {
        end = Math.Min(end + 1, markdown.Length);
        if (start < 0 || start >= end) return At(Math.Max(start, 0));
        var brace = markdown.LastIndexOf('{', end - 1, end - start);
        if (brace >= 0)
        {
            var found = markdown.IndexOf(text, brace, end - brace, StringComparison.Ordinal);
            if (found >= 0) return At(found);
        }
        return At(start);
    }
}
