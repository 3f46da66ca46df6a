using Lotse.Tests.Reliability;

namespace Lotse.Tests.Cli;

/// <summary>Issue 20, point 10: a wrong command line is a diagnostic like every other problem Lotse finds
/// (<c>lotse: error CODE: what is wrong. what to do</c>), all at once, with exit code 2 and nothing else printed.</summary>
public sealed class UsageErrorTests
{
    [Theory]
    [InlineData(new string[0], "lotse: error LOT0005: No command given. Give one of: build, check, serve, pdf, new, init, schema, completion. See 'lotse --help'.")]
    [InlineData(new[] { "bauen" }, "lotse: error LOT0005: Unrecognized command or argument 'bauen'. See 'lotse --help'.")]
    [InlineData(new[] { "buidl" }, "lotse: error LOT0005: Unrecognized command or argument 'buidl'. Did you mean 'build'? See 'lotse --help'.")]
    [InlineData(new[] { "build", "--stirct" }, "lotse: error LOT0005: Unknown option '--stirct'. Did you mean '--strict'? See 'lotse build --help'.")]
    [InlineData(new[] { "serve", "--prot", "9000" }, "lotse: error LOT0005: Unknown option '--prot'. Did you mean '--port'? See 'lotse serve --help'.\nlotse: error LOT0005: Unrecognized command or argument '9000'. See 'lotse serve --help'.")]
    [InlineData(new[] { "check", "--port", "9000" }, "lotse: error LOT0005: Unknown option '--port'. See 'lotse check --help'.\nlotse: error LOT0005: Unrecognized command or argument '9000'. See 'lotse check --help'.")]
    [InlineData(new[] { "serve", "--port" }, "lotse: error LOT0006: Required argument missing for option: '--port'. See 'lotse serve --help'.")]
    [InlineData(new[] { "serve", "--port", "70000" }, "lotse: error LOT0006: '--port' needs a port number from 1 to 65535, not '70000'. See 'lotse serve --help'.")]
    [InlineData(new[] { "build", "--today", "gestern" }, "lotse: error LOT0006: '--today' needs a date written YYYY-MM-DD (such as 2026-12-01), not 'gestern'. See 'lotse build --help'.")]
    [InlineData(new[] { "new" }, "lotse: error LOT0005: No command given. Give one of: faq, seite. See 'lotse new --help'.")]
    [InlineData(new[] { "new", "faq" }, "lotse: error LOT0006: Required argument 'QUESTION' missing for command: 'faq'. See 'lotse new faq --help'.")]
    [InlineData(new[] { "new", "blog", "x" }, "lotse: error LOT0005: Unrecognized command or argument 'blog'. See 'lotse new --help'.\nlotse: error LOT0005: Unrecognized command or argument 'x'. See 'lotse new --help'.")]
    [InlineData(new[] { "completion", "fish" }, "lotse: error LOT0006: Argument 'fish' not recognized. Must be one of: 'bash'. See 'lotse completion --help'.")]
    public async Task A_wrong_command_line_is_explained_as_diagnostics_with_exit_code_2(string[] args, string expected)
    {
        var (exit, output, error) = await LotseCli.RunAsync(args);
        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldBe(expected + "\n");
    }

    [Fact]
    public async Task Every_mistake_is_reported_at_once()
    {
        var (exit, _, error) = await LotseCli.RunAsync("serve", "--port", "x", "--host", "y", "--today", "2026-02-30");
        exit.ShouldBe(2);
        error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[..34]).ShouldBe(
        [
            "lotse: error LOT0006: '--port' nee",
            "lotse: error LOT0006: '--host' nee",
            "lotse: error LOT0006: '--today' ne",
        ]);
    }

    [Fact]
    public async Task The_program_reports_a_wrong_command_line_on_standard_error_without_a_stack_trace()
    {
        var (exit, output, error) = await LotseProcess.RunAsync(["bauen", "--schnell"]);
        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldBe("""
            lotse: error LOT0005: Unrecognized command or argument 'bauen'. See 'lotse --help'.
            lotse: error LOT0005: Unknown option '--schnell'. See 'lotse --help'.

            """.Replace("\r\n", "\n"));
    }
}
