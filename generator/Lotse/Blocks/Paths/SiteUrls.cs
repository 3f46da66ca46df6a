using System.Text;
using Lotse.Blocks.Config;

namespace Lotse.Blocks.Paths;

/// <summary>Pure functions between source paths, output paths and relative URLs. Every URL Lotse writes
/// is relative, so a site works under any base path and from disk.</summary>
public static class SiteUrls
{
    /// <summary><c>a.md</c> → <c>a/index.html</c>; <c>x/index.md</c> → <c>x/index.html</c>.</summary>
    public static string OutputPathFor(string contentRelativeSource)
    {
        var withoutExtension = contentRelativeSource[..^Path.GetExtension(contentRelativeSource).Length];
        if (withoutExtension == "index") return "index.html";
        if (withoutExtension.EndsWith("/index", StringComparison.Ordinal)) return withoutExtension + ".html";
        return withoutExtension + "/index.html";
    }

    /// <summary>The prefix that leads from <paramref name="fromOutput"/> to the site root: <c>../../</c>, or <c>./</c> at the root.</summary>
    public static string RootPrefix(string fromOutput)
    {
        var depth = fromOutput.AsSpan().Count('/');
        return depth == 0 ? "./" : Ups(depth);
    }

    /// <summary>A relative URL from one output file to another; pages (<c>…/index.html</c>) end in
    /// <c>index.html</c> or, with <see cref="LinkStyle.Directories"/>, in <c>/</c>.</summary>
    public static string Relative(string fromOutput, string toOutput, LinkStyle style)
    {
        var ups = RelativeParts(fromOutput, toOutput, style, out var start, out var length);
        if (ups == 0) return length == 0 ? "./" : length == toOutput.Length ? toOutput : toOutput.Substring(start, length);
        return string.Concat(Ups(ups), toOutput.AsSpan(start, length));
    }

    /// <summary>The same URL as <see cref="Relative"/>, appended to <paramref name="text"/> without making a string.</summary>
    public static StringBuilder AppendRelative(StringBuilder text, string fromOutput, string toOutput, LinkStyle style)
    {
        var ups = RelativeParts(fromOutput, toOutput, style, out var start, out var length);
        if (ups == 0 && length == 0) return text.Append("./");
        for (var i = 0; i < ups; i++) text.Append("../");
        return text.Append(toOutput, start, length);
    }

    /// <summary>How many folders up, then which part of the target path (<paramref name="start"/>, <paramref name="length"/>).</summary>
    private static int RelativeParts(string fromOutput, string toOutput, LinkStyle style, out int start, out int length)
    {
        var target = toOutput.AsSpan();
        if (style == LinkStyle.Directories && (target is "index.html" || target.EndsWith("/index.html", StringComparison.Ordinal)))
            target = target[..^"index.html".Length];
        var fromDir = fromOutput.AsSpan(0, fromOutput.LastIndexOf('/') + 1);
        var common = 0;
        for (var i = 0; i < Math.Min(fromDir.Length, target.Length); i++)
        {
            if (fromDir[i] != target[i]) break;
            if (fromDir[i] == '/') common = i + 1;
        }
        start = common;
        length = target.Length - common;
        return fromDir[common..].Count('/');
    }

    private static string Ups(int count) => count switch
    {
        1 => "../",
        2 => "../../",
        3 => "../../../",
        _ => string.Concat(Enumerable.Repeat("../", count)),
    };

    /// <summary>Combines a folder (content-relative, '/' separators) with a relative path and removes <c>.</c>
    /// and <c>..</c>; returns null when the result leaves the content folder.</summary>
    public static string? Combine(string folder, string relative)
    {
        var most = folder.Length + relative.Length + 2;
        Span<char> buffer = most <= 512 ? stackalloc char[most] : new char[most];
        return TryCombine(folder, relative, buffer, out var length) ? new string(buffer[..length]) : null;
    }

    /// <summary><see cref="Combine"/> into <paramref name="buffer"/> (at least <c>folder.Length + relative.Length + 2</c>
    /// characters), without making a string; false when the result leaves the content folder.</summary>
    public static bool TryCombine(ReadOnlySpan<char> folder, ReadOnlySpan<char> relative, Span<char> buffer, out int length)
    {
        // Segment by segment into the buffer; ".." takes back the last segment written.
        var segments = folder.Count('/') + relative.Count('/') + 2;
        Span<int> starts = segments <= 64 ? stackalloc int[segments] : new int[segments];
        length = 0;
        var depth = 0;
        var absolute = relative.StartsWith('/');
        if (!absolute && !Append(folder, buffer, starts, ref length, ref depth)) return false;
        if (!Append(relative, buffer, starts, ref length, ref depth)) return false;
        if (relative.EndsWith('/') && length > 0) buffer[length++] = '/';
        return true;
    }

    private static bool Append(ReadOnlySpan<char> path, Span<char> buffer, Span<int> starts, ref int length, ref int depth)
    {
        foreach (var range in path.Split('/'))
        {
            var part = path[range];
            if (part.IsEmpty || part is ".") continue;
            if (part is "..")
            {
                if (depth == 0) return false;
                length = starts[--depth];
                continue;
            }
            starts[depth++] = length;
            if (length > 0) buffer[length++] = '/';
            part.CopyTo(buffer[length..]);
            length += part.Length;
        }
        return true;
    }

    public static string FolderOf(string path) => path.Contains('/') ? path[..path.LastIndexOf('/')] : "";

    /// <summary>The clean public URL path of an output file (<c>a/b/index.html</c> → <c>a/b/</c>).</summary>
    public static string CleanPath(string outputPath) =>
        outputPath == "index.html" ? "" :
        outputPath.EndsWith("/index.html", StringComparison.Ordinal) ? outputPath[..^"index.html".Length] : outputPath;
}
