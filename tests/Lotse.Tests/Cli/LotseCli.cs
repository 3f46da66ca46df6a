using Lotse.Cli.CommandLine;

namespace Lotse.Tests.Cli;

/// <summary>Runs lotse's whole command line in this process (parsing, help, completion, the command itself) and
/// returns what it printed.</summary>
public static class LotseCli
{
    public static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exit = await new LotseCommandLine().RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
