using System.Text;
using Lotse.Features.Conformance;

namespace Lotse.Tests.Conformance;

/// <summary>Issue 26: the one-pass reader finds a tag's or attribute's name by its bytes, in any case, as the set's own
/// string (the checks compare attribute names by instance first), and nothing else.</summary>
public sealed class AsciiNamesTests
{
    private static readonly AsciiNames<int> Names = new(["href", "aria-label", "h1", "role"], name => name.Length);

    [Theory]
    [InlineData("href", "href")]
    [InlineData("HREF", "href")]
    [InlineData("Aria-Label", "aria-label")]
    [InlineData("H1", "h1")]
    public void A_name_in_any_case_is_found_as_the_set_s_string_with_its_value(string written, string expected)
    {
        Assert.True(Names.TryFind(Encoding.ASCII.GetBytes(written), out var found, out var value));
        Assert.Equal(expected, found);
        Assert.Same(string.IsInterned(expected), found);
        Assert.Equal(expected.Length, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("hre")]
    [InlineData("hrefs")]
    [InlineData("rolf")]
    [InlineData("h2")]
    [InlineData("aria-labelledby")]
    [InlineData("xref")]
    public void Another_name_is_not_found(string written) =>
        Assert.False(Names.TryFind(Encoding.ASCII.GetBytes(written), out _, out _));

    [Fact]
    public void The_set_takes_only_lower_case_names() =>
        Assert.Throws<ArgumentException>(() => new AsciiNames<int>(["Href"], _ => 0));
}
