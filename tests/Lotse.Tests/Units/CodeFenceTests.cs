using Lotse.Blocks.Markdown;

namespace Lotse.Tests.Units;

/// <summary>The passes over Markdown source that leave fenced code alone agree with Markdown on where a block ends.</summary>
public sealed class CodeFenceTests
{
    [Fact]
    public void A_block_opened_with_four_backticks_is_not_closed_by_three()
    {
        var code = new CodeFence();
        string[] lines = ["Text", "````md", "```js", "import x from 'y';", "```", "````", "After"];
        lines.Select(code.Covers).ShouldBe([false, true, true, true, true, true, false]);
        code.IsOpen.ShouldBeFalse();
    }

    [Fact]
    public void A_tilde_block_ends_only_at_tildes()
    {
        var code = new CodeFence();
        string[] lines = ["  ~~~", "```", "~~~", "x"];
        lines.Select(code.Covers).ShouldBe([true, true, true, false]);
    }
}
