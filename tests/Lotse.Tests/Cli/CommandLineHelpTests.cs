using System.CommandLine;
using System.Text.RegularExpressions;
using Lotse.Cli.CommandLine;

namespace Lotse.Tests.Cli;

/// <summary>Issue 20, point 10: standard help for lotse and each command, and --version.</summary>
public sealed class CommandLineHelpTests
{
    public static TheoryData<string> Commands() => ["build", "check", "serve", "pdf", "new", "new faq", "new seite", "init", "schema", "completion"];

    [Fact]
    public async Task Help_lists_every_command_and_the_exit_codes()
    {
        var (exit, output, error) = await LotseCli.RunAsync("--help");
        (exit, error).ShouldBe((0, ""));
        output.ShouldStartWith("Description:\n");
        output.ShouldContain("Usage:\n  lotse [command] [options]\n");
        foreach (var command in new[] { "build", "check", "serve", "pdf", "new", "init", "schema", "completion" })
            output.ShouldMatch($"\\n  {command}( <[A-Za-z]+>)? +[A-Z]", $"'{command}' in the list of commands");
        output.ShouldContain("""
            Exit codes:
              0  success
              1  the content has errors (or warnings, with --strict); nothing was written
              2  the command line is wrong
              69 lotse pdf: Chromium is not installed (or printing failed)
              70 internal error (a bug in Lotse: please report it)
            """.Replace("\r\n", "\n"));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Each_command_has_help_with_its_usage_arguments_and_every_option(string command)
    {
        var words = command.Split(' ');
        var (exit, output, error) = await LotseCli.RunAsync([.. words, "--help"]);
        (exit, error).ShouldBe((0, ""));
        output.ShouldContain($"Usage:\n  lotse {command} ");
        Command symbol = new LotseCommandLine().Root;
        foreach (var word in words) symbol = symbol.Subcommands.Single(c => c.Name == word);
        foreach (var option in symbol.Options.Concat(symbol.Parents.OfType<Command>().SelectMany(p => p.Options).Where(o => o.Recursive)))
        {
            option.Description.ShouldNotBeNullOrWhiteSpace(option.Name);
            output.ShouldContain(option.Name, customMessage: $"lotse {command} --help names {option.Name}");
        }
        foreach (var argument in symbol.Arguments)
        {
            argument.Description.ShouldNotBeNullOrWhiteSpace(argument.Name);
            output.ShouldContain($"<{argument.Name}>");
        }
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Help_fits_any_site_it_names_no_particular_authority_or_guide(string command)
    {
        var (_, output, _) = await LotseCli.RunAsync([.. command.Split(' '), "--help"]);
        var (_, root, _) = await LotseCli.RunAsync("--help");
        foreach (var text in new[] { output, root })
            text.ShouldNotMatch("(?i)OZG|Onlinezugang|FITKO|IT-Planungsrat");
    }

    [Fact]
    public async Task Short_help_and_the_older_help_word_show_the_same_help()
    {
        var serve = (await LotseCli.RunAsync("serve", "--help")).Output;
        (await LotseCli.RunAsync("serve", "-h")).Output.ShouldBe(serve);
        (await LotseCli.RunAsync("help", "serve")).Output.ShouldBe(serve);
        (await LotseCli.RunAsync("help")).Output.ShouldBe((await LotseCli.RunAsync("--help")).Output);
    }

    [Fact]
    public async Task Version_prints_the_version_without_the_commit()
    {
        var (exit, output, error) = await LotseCli.RunAsync("--version");
        (exit, error).ShouldBe((0, ""));
        output.ShouldMatch(@"^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.]+)?\n$");
        output.TrimEnd().ShouldBe(LotseCommandLine.Version);
        (await LotseCli.RunAsync("version")).Output.ShouldBe(output);
    }
}
