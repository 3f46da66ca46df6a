using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Lotse.Blocks.Data;

/// <summary>A YAML problem with the YAML's own (1-based) line and column.</summary>
public sealed record YamlError(int Line, int Column, string Message);

/// <summary>
/// Reads YAML into plain values: <see cref="Dictionary{TKey,TValue}"/> (string keys, file order),
/// <see cref="List{T}"/>, string, bool, long, double or null. Works on the parser's event stream
/// without recursion, so deep nesting cannot overflow the stack, and it counts every value it
/// produces (aliases included), so an alias bomb ("billion laughs") stops with an error.
/// </summary>
public static class YamlReader
{
    public const int MaxDepth = 256;
    public const long MaxValues = 2_000_000;

    public static object? Parse(string text, out YamlError? error)
    {
        if (SimpleYaml.TryParse(text, out var simple))
        {
            error = null;
            return simple;
        }
        return ParseWithYamlDotNet(text, out error);
    }

    /// <summary>Parse without the fast path (<see cref="SimpleYaml"/>), which the tests hold against it.</summary>
    internal static object? ParseWithYamlDotNet(string text, out YamlError? error)
    {
        error = null;
        var parser = new Parser(new StringReader(text));
        try
        {
            return ParseEvents(parser, ref error);
        }
        catch (YamlException e)
        {
            error = TabInIndentation(text, (int)e.Start.Line, Clean(e.Message))
                ?? new YamlError((int)e.Start.Line, (int)e.Start.Column, Clean(e.Message));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's parser stops with these on some malformed documents: InvalidOperationException for
            // "...\n*a" (an alias after the document end marker), ArgumentOutOfRangeException for "\uDC00" (the second
            // half of a surrogate pair without the first). Report it after the last event it could read.
            var at = parser.Current?.End ?? Mark.Empty;
            var reason = e is ArgumentException { ParamName: "highSurrogate" or "lowSurrogate" }
                ? "a \\u escape is half of a character (a surrogate such as \\uDC00 without its partner); write the character itself"
                : Clean(e.Message);
            error = new YamlError(Math.Max(1, (int)at.Line), Math.Max(1, (int)at.Column), $"The YAML cannot be read ({reason})");
            return null;
        }
    }

    /// <summary>YamlDotNet reports a tab in the indentation at the start of the mapping around it; this finds the tab
    /// itself (the first one in a line's indentation from <paramref name="fromLine"/> on).</summary>
    private static YamlError? TabInIndentation(string text, int fromLine, string message)
    {
        if (!message.Contains("tab", StringComparison.OrdinalIgnoreCase)) return null;
        var lines = text.Split('\n');
        for (var i = Math.Max(0, fromLine - 1); i < lines.Length; i++)
        {
            var indentation = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indentation);
            if (tab >= 0)
                return new YamlError(i + 1, tab + 1, "a tab indents this line, and YAML indents with spaces only (replace the tab with spaces)");
        }
        return null;
    }

    private static string Clean(string message)
    {
        var m = message.Trim();
        var colon = m.IndexOf("): ", StringComparison.Ordinal);
        if (m.StartsWith("(Line:", StringComparison.Ordinal) && colon > 0) m = m[(colon + 3)..];
        return m.TrimEnd('.');
    }

    private sealed class Frame(object container, string? anchor, long startCount)
    {
        public object Container { get; } = container;
        public string? Anchor { get; } = anchor;
        public long StartCount { get; } = startCount;
        public string? PendingKey { get; set; }
        public bool HasPendingKey { get; set; }
    }

    private static object? ParseEvents(IParser parser, ref YamlError? error)
    {
        var anchors = new Dictionary<string, (object? Value, long Size)>(StringComparer.Ordinal);
        var stack = new Stack<Frame>();
        object? root = null;
        var documents = 0;
        long count = 0;

        while (parser.MoveNext())
        {
            var ev = parser.Current!;
            switch (ev)
            {
                case DocumentStart:
                    if (++documents > 1)
                    {
                        error = new YamlError((int)ev.Start.Line, (int)ev.Start.Column, "More than one YAML document");
                        return null;
                    }
                    break;
                case MappingStart ms:
                    if (!Push(new Dictionary<string, object?>(StringComparer.Ordinal), ms.Anchor, ev, ref error)) return null;
                    break;
                case SequenceStart ss:
                    if (!Push(new List<object?>(), ss.Anchor, ev, ref error)) return null;
                    break;
                case MappingEnd or SequenceEnd:
                {
                    var frame = stack.Pop();
                    if (!frame.Anchor.IsEmpty()) anchors[frame.Anchor!] = (frame.Container, count - frame.StartCount);
                    if (!Add(frame.Container, ev, ref error)) return null;
                    break;
                }
                case Scalar scalar:
                {
                    var value = ConvertScalar(scalar);
                    count++;
                    if (!scalar.Anchor.IsEmpty) anchors[scalar.Anchor.Value] = (value, 1);
                    if (!Add(value, ev, ref error)) return null;
                    break;
                }
                case AnchorAlias alias:
                    if (!anchors.TryGetValue(alias.Value.Value, out var target))
                    {
                        error = new YamlError((int)ev.Start.Line, (int)ev.Start.Column, $"Unknown alias '*{alias.Value.Value}'");
                        return null;
                    }
                    count += target.Size;
                    if (count > MaxValues)
                    {
                        error = new YamlError((int)ev.Start.Line, (int)ev.Start.Column,
                            $"The YAML expands to more than {MaxValues:N0} values (an alias bomb?)");
                        return null;
                    }
                    if (!Add(target.Value, ev, ref error)) return null;
                    break;
            }
            if (count > MaxValues)
            {
                error = new YamlError((int)ev.Start.Line, (int)ev.Start.Column, $"The YAML has more than {MaxValues:N0} values");
                return null;
            }
        }
        return root;

        bool Push(object container, AnchorName anchorName, ParsingEvent ev, ref YamlError? err)
        {
            if (stack.Count >= MaxDepth)
            {
                err = new YamlError((int)ev.Start.Line, (int)ev.Start.Column, $"The YAML is nested deeper than {MaxDepth} levels");
                return false;
            }
            count++;
            stack.Push(new Frame(container, anchorName.IsEmpty ? null : anchorName.Value, count));
            return true;
        }

        bool Add(object? value, ParsingEvent ev, ref YamlError? err)
        {
            if (stack.Count == 0)
            {
                root = value;
                return true;
            }
            var frame = stack.Peek();
            if (frame.Container is List<object?> list)
            {
                list.Add(value);
                return true;
            }
            var map = (Dictionary<string, object?>)frame.Container;
            if (!frame.HasPendingKey)
            {
                if (value is Dictionary<string, object?> or List<object?>)
                {
                    err = new YamlError((int)ev.Start.Line, (int)ev.Start.Column, "A mapping key must be a plain value");
                    return false;
                }
                frame.PendingKey = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
                frame.HasPendingKey = true;
                return true;
            }
            if (frame.PendingKey == "<<" && value is Dictionary<string, object?> merge)
            {
                foreach (var (k, v) in merge) map.TryAdd(k, v);
            }
            else if (!map.TryAdd(frame.PendingKey!, value))
            {
                err = new YamlError((int)ev.Start.Line, (int)ev.Start.Column, $"The key '{frame.PendingKey}' appears twice");
                return false;
            }
            frame.HasPendingKey = false;
            return true;
        }
    }

    private static bool IsEmpty(this string? s) => string.IsNullOrEmpty(s);

    private static object? ConvertScalar(Scalar scalar)
    {
        var v = scalar.Value;
        if (scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded)
            return v;
        if (!scalar.Tag.IsEmpty && scalar.Tag.Value == "tag:yaml.org,2002:str") return v;
        return ConvertPlain(v);
    }

    /// <summary>The value of a plain (unquoted, untagged) scalar: null, bool, long, double or the text.</summary>
    internal static object? ConvertPlain(string v)
    {
        switch (v)
        {
            case "" or "~" or "null" or "Null" or "NULL": return null;
            case "true" or "True" or "TRUE": return true;
            case "false" or "False" or "FALSE": return false;
        }
        if (long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)) return l;
        if (v.Length > 0 && (char.IsDigit(v[0]) || v[0] is '-' or '+' or '.') && v.Contains('.') &&
            double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
        return v;
    }
}
