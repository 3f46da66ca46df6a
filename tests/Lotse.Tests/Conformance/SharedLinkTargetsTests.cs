using Lotse.Features.Conformance;

namespace Lotse.Tests.Conformance;

/// <summary>Issue 26: a shared link as Lotse writes it is resolved by its segments instead of two <see cref="Uri"/>s;
/// the target must be the one the address gives, and any other link is left to <see cref="Uri"/>.</summary>
public sealed class SharedLinkTargetsTests
{
    private static readonly string[] PagePaths =
    [
        "index.html", "404.html", "a/index.html", "a/b/index.html", "a/b/c/seite.html", "Bereich-2/Unter_Seite.v1/index.html",
        "a//b/index.html", ".well-known/index.html", "a/./b/index.html", "a/../b/index.html", "grüße/index.html", "a b/index.html",
        "a/%41/index.html", "a?b/index.html", "a#b/index.html", @"a\b/index.html", "/a/index.html",
    ];

    private static readonly string[] Links =
    [
        "index.html", "../index.html", "../../index.html", "../../../../../index.html", "../a/", "../../b/c/index.html", "x",
        "x/", "./x", "../", "..", "../..", ".", "../.x/index.html", "../x/../y/", "../x/./y", "/", "/abs/index.html",
        "//other.invalid/x", "https://example.org/", "mailto:a@b.de", "#inhalt", "?q=1", "", "../grüße/", "../a b/",
        "../%41/", "../x?y", "../x#y", @"..\x", "../X~y_z-1.2/index.html", "a//b", "...", "../...",
    ];

    public static TheoryData<string> Pages => new(PagePaths);

    [Theory]
    [MemberData(nameof(Pages))]
    public void EveryLinkHasTheTargetTheAddressGives(string page)
    {
        foreach (var href in Links)
            Assert.True(SharedLinkTargets.Resolve(page, href) == SharedLinkTargets.Of(page, href), $"{page} + {href}");
    }

    [Fact]
    public void LinksAsLotseWritesThemAreResolvedWithoutAnAddress()
    {
        Assert.Equal("/", SharedLinkTargets.OfPlain("a/b/index.html", "../../index.html"));
        Assert.Equal("/a/c/", SharedLinkTargets.OfPlain("a/b/index.html", "../c/index.html"));
        Assert.Equal("/x.html", SharedLinkTargets.OfPlain("a/index.html", "../../../x.html"));
        Assert.Null(SharedLinkTargets.OfPlain("a/index.html", "https://example.org/"));
        Assert.Null(SharedLinkTargets.OfPlain("a/index.html", "../x/../y/"));
        Assert.Null(SharedLinkTargets.OfPlain("grüße/index.html", "../x/"));
    }
}
