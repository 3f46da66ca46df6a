using System.CommandLine;

namespace Lotse.Cli.CommandLine;

/// <summary><c>lotse completion bash</c>: prints the script that lets bash complete lotse's commands and options.</summary>
public static class CompletionSyntax
{
    public static LotseCommand Create()
    {
        var shell = new Argument<string>("SHELL") { Description = "the shell to complete in: bash (zsh runs it after 'autoload bashcompinit; bashcompinit')" };
        shell.AcceptOnlyFromAmong("bash");
        var command = new LotseCommand("completion", "Print a script for shell completion of commands and options; bash: source <(lotse completion bash) in ~/.bashrc.")
        {
            Read = _ => new CliOptions("completion", Path.GetFullPath("."), null, false, 8080, false),
            Run = (_, output, _, _) =>
            {
                output.WriteLine(BashCompletion.Script.TrimEnd());
                return Task.FromResult(0);
            },
        };
        command.Arguments.Add(shell);
        return command;
    }
}
