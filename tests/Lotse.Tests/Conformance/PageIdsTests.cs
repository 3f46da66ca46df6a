using Lotse.Features.Conformance;

namespace Lotse.Tests.Conformance;

/// <summary>Issue 26: a tree keeps an id written in ASCII as its place in the page's bytes, other ids as their text; an
/// id is the same id however it is written.</summary>
public sealed class PageIdsTests
{
    private static PageTree Read(string body) =>
        PageTreeReader.Read($"<!DOCTYPE html><html lang=\"de\"><head><title>T</title></head><body>{body}</body></html>")!;

    [Fact]
    public void AnIdIsFoundByItsText()
    {
        var tree = Read("<p id=\"inhalt\">a</p><p id=\"gr&#252;&#223;e\">b</p><p id=\"grüße-2\">c</p><p id=\"\">d</p>");
        Assert.Equal("a", tree.ById("inhalt")!.TextContent);
        Assert.Equal("b", tree.ById("grüße")!.TextContent);
        Assert.Equal("c", tree.ById("grüße-2")!.TextContent);
        Assert.Equal("d", tree.ById("")!.TextContent);
        Assert.Null(tree.ById("Inhalt"));
        Assert.Null(tree.ById("inhal"));
        Assert.Empty(tree.RepeatedIds());
    }

    [Fact]
    public void AnIdWrittenTwoWaysIsRepeated()
    {
        var tree = Read("<p id=\"Ab\">1</p><p id=\"&#65;b\">2</p><p id=\"A&#x62;\">3</p><p id=\"x\">4</p><p id=\"x\">5</p><p id=\"ä\">6</p><p id=\"&auml;\">7</p>");
        Assert.Equal([("Ab", 3), ("x", 2), ("ä", 2)], tree.RepeatedIds().ToList());
        Assert.Equal("1", tree.ById("Ab")!.TextContent);
        Assert.Equal("6", tree.ById("ä")!.TextContent);
    }

    [Fact]
    public void TheIdsOfTheParserTreeAreFoundAlike()
    {
        var tree = PageTreeFromDom.Parse("<!DOCTYPE html><html><head><title>T</title></head><body><p id=\"a\">1</p><div><p id=\"a\">2</p></div></body></html>");
        Assert.Equal("1", tree.ById("a")!.TextContent);
        Assert.Equal([("a", 2)], tree.RepeatedIds().ToList());
    }
}
