using System.Globalization;
using System.Text;

namespace Lotse.Blocks.Data;

/// <summary>A value of a JavaScript or TypeScript file that could not be read as data: where it stands and how it starts.</summary>
public sealed record JsSkipped(int Line, int Column, string Text);

/// <summary>A small, tolerant reader of the static part of a JavaScript object literal (a VitePress
/// <c>defineConfig({ … })</c>): strings, numbers, true/false/null, arrays, objects, values in parentheses, comments and trailing commas, as
/// plain data (<c>Dictionary&lt;string, object?&gt;</c>, <c>List&lt;object?&gt;</c>, <c>string</c>, <c>double</c>,
/// <c>bool</c>). Anything else (a call, a variable, a spread, a template with <c>${}</c>, a method) is left out and named
/// in <see cref="Skipped"/> with its line and column; the rest is still read.</summary>
public sealed class JsObjectLiteral
{
    private readonly string _text;
    private int _at;
    private readonly List<JsSkipped> _skipped = [];

    /// <summary>What <see cref="ReadValue"/> returns for a value it skipped (null is JavaScript's null).</summary>
    private static readonly object SkippedValue = new();

    private JsObjectLiteral(string text, int at)
    {
        _text = text;
        _at = at;
    }

    public IReadOnlyList<JsSkipped> Skipped => _skipped;

    /// <summary>Reads the object after the first of <paramref name="markers"/> (<c>defineConfig(</c>, <c>export default</c>);
    /// null when none is followed by an object literal.</summary>
    public static (Dictionary<string, object?>? Value, IReadOnlyList<JsSkipped> Skipped) ReadAfter(string text, params string[] markers)
    {
        foreach (var marker in markers)
        {
            var index = text.IndexOf(marker, StringComparison.Ordinal);
            if (index < 0) continue;
            var reader = new JsObjectLiteral(text, index + marker.Length);
            reader.SkipTrivia();
            if (reader.Peek != '{') continue;
            return (reader.ReadValue() as Dictionary<string, object?>, reader.Skipped);
        }
        return (null, []);
    }

    private char Peek => _at < _text.Length ? _text[_at] : '\0';

    private object? ReadValue()
    {
        SkipTrivia();
        var c = Peek;
        if (c == '{') return ReadObject();
        if (c == '[') return ReadArray();
        if (c == '(')
        {
            // A value in parentheses: Docusaurus's '/** @type {…} */ ({ … })', a type cast in a JSDoc comment.
            var start = _at;
            var skippedBefore = _skipped.Count;
            _at++;
            var inner = ReadValue();
            SkipTrivia();
            if (inner != SkippedValue && Peek == ')') { _at++; return inner; }
            _skipped.RemoveRange(skippedBefore, _skipped.Count - skippedBefore); // an arrow function '() => …': skipped as a whole
            SkipFrom(start);
            return SkippedValue;
        }
        if (c is '\'' or '"') return ReadString(c);
        if (c == '`')
        {
            var start = _at;
            var text = ReadString('`');
            if (!text.Contains("${", StringComparison.Ordinal)) return text;
            Skip(start);
            return SkippedValue;
        }
        if (char.IsDigit(c) || (c == '-' && _at + 1 < _text.Length && char.IsDigit(_text[_at + 1])))
        {
            var start = _at;
            _at++;
            while (char.IsDigit(Peek) || Peek is '.' or 'e' or 'E' or '_') _at++;
            if (IsValueEnd() && double.TryParse(_text[start.._at].Replace("_", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return number;
            SkipFrom(start);
            return SkippedValue;
        }
        var word = Word();
        if (word is "true" or "false" && IsValueEnd()) return word == "true";
        if (word is "null" or "undefined" && IsValueEnd()) return null;
        SkipFrom(_at - word.Length);
        return SkippedValue;
    }

    private Dictionary<string, object?> ReadObject()
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        _at++; // {
        while (true)
        {
            SkipTrivia();
            if (Peek == '}') { _at++; return result; }
            if (Peek == '\0') return result;
            var start = _at;
            string? key = Peek is '\'' or '"' ? ReadString(Peek) : Word();
            SkipTrivia();
            if (string.IsNullOrEmpty(key) || Peek != ':')
            {
                SkipFrom(start); // a spread, a computed key, a method or a shorthand property
            }
            else
            {
                _at++; // :
                SkipTrivia();
                var valueStart = _at;
                var value = ReadValue();
                if (value != SkippedValue && !IsValueEnd()) SkipFrom(valueStart);
                else if (value != SkippedValue) result[key] = value;
            }
            SkipTrivia();
            if (Peek == ',') _at++;
        }
    }

    private List<object?> ReadArray()
    {
        var result = new List<object?>();
        _at++; // [
        while (true)
        {
            SkipTrivia();
            if (Peek == ']') { _at++; return result; }
            if (Peek == '\0') return result;
            var start = _at;
            var value = ReadValue();
            if (value != SkippedValue && !IsValueEnd()) SkipFrom(start);
            else if (value != SkippedValue) result.Add(value);
            SkipTrivia();
            if (Peek == ',') _at++;
        }
    }

    private bool IsValueEnd()
    {
        SkipTrivia();
        SkipTypeAssertion();
        return Peek is ',' or '}' or ']' or ')' or '\0';
    }

    /// <summary>Past TypeScript's <c>satisfies Preset.Options</c> or <c>as const</c> after a value: they say nothing about it.</summary>
    private void SkipTypeAssertion()
    {
        var start = _at;
        var word = Word();
        if (word is not ("satisfies" or "as") || !char.IsWhiteSpace(Peek)) { _at = start; return; }
        var depth = 0;
        while (_at < _text.Length)
        {
            var c = _text[_at];
            if (c is '(' or '[' or '{' or '<') depth++;
            else if (c is ')' or ']' or '}' or '>')
            {
                if (depth == 0) break;
                depth--;
            }
            else if (c == ',' && depth == 0) break;
            _at++;
        }
        SkipTrivia();
    }

    private string ReadString(char quote)
    {
        var sb = new StringBuilder();
        _at++;
        while (_at < _text.Length && _text[_at] != quote)
        {
            var c = _text[_at++];
            if (c == '\\' && _at < _text.Length)
            {
                var e = _text[_at++];
                sb.Append(e switch { 'n' => '\n', 't' => '\t', _ => e });
            }
            else sb.Append(c);
        }
        _at++; // closing quote
        return sb.ToString();
    }

    private string Word()
    {
        var start = _at;
        while (_at < _text.Length && (char.IsLetterOrDigit(_text[_at]) || _text[_at] is '_' or '$')) _at++;
        return _text[start.._at];
    }

    /// <summary>Records what stands at <paramref name="start"/> as skipped and moves past it: to the next ',', '}' or ']'
    /// outside brackets and strings.</summary>
    private void SkipFrom(int start)
    {
        _at = start;
        Skip(start);
    }

    private void Skip(int start)
    {
        _at = start;
        var depth = 0;
        while (_at < _text.Length)
        {
            var c = _text[_at];
            if (c is '\'' or '"' or '`') { ReadString(c); continue; }
            if (c == '/' && _at + 1 < _text.Length && _text[_at + 1] is '/' or '*') { SkipTrivia(); continue; }
            if (c is '(' or '[' or '{') depth++;
            else if (c is ')' or ']' or '}')
            {
                if (depth == 0) break;
                depth--;
            }
            else if (c == ',' && depth == 0) break;
            _at++;
        }
        var (line, column) = LineOf(start);
        var snippet = _text[start.._at].Trim().ReplaceLineEndings(" ");
        if (snippet.Length > 40) snippet = snippet[..40] + "…";
        _skipped.Add(new JsSkipped(line, column, snippet));
    }

    private (int Line, int Column) LineOf(int position)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < position && i < _text.Length; i++)
            if (_text[i] == '\n') { line++; lineStart = i + 1; }
        return (line, position - lineStart + 1);
    }

    private void SkipTrivia()
    {
        while (_at < _text.Length)
        {
            if (char.IsWhiteSpace(_text[_at])) { _at++; continue; }
            if (_text[_at] == '/' && _at + 1 < _text.Length && _text[_at + 1] == '/')
            {
                while (_at < _text.Length && _text[_at] != '\n') _at++;
                continue;
            }
            if (_text[_at] == '/' && _at + 1 < _text.Length && _text[_at + 1] == '*')
            {
                var end = _text.IndexOf("*/", _at + 2, StringComparison.Ordinal);
                _at = end < 0 ? _text.Length : end + 2;
                continue;
            }
            break;
        }
    }
}
