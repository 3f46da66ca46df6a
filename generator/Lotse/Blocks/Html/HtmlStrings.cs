using System.Collections.Concurrent;

namespace Lotse.Blocks.Html;

/// <summary>
/// One instance of each distinct id and URL the pages of one build hold (<see cref="HtmlAnalyzer"/>), shared by all
/// threads. Issue 26: most of a page's references are those of its neighbours (header, sidebar, breadcrumbs, footer),
/// and the facts of all pages stay alive until the link check, the last module of a build: at 10k pages they held
/// about 130 MiB of strings, most of them equal to another page's. A value already met is looked up from its
/// characters, without a string of them.
/// </summary>
public sealed class HtmlStrings
{
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _byCharacters;

    public HtmlStrings() => _byCharacters = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The one instance of <paramref name="text"/>.</summary>
    public string Of(ReadOnlySpan<char> text) => _byCharacters.TryGetValue(text, out var known) ? known : Of(new string(text));

    /// <summary>The one instance equal to <paramref name="text"/> (<paramref name="text"/> itself when it is the first).</summary>
    public string Of(string text) => _strings.GetOrAdd(text, text);
}
