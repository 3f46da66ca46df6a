using System.CommandLine;
using Lotse.Blocks.Diagnostics;
using Lotse.Blocks.Output;

namespace Lotse.Cli.CommandLine;

/// <summary>Runs a command so that nothing ends in a stack trace: what the file system refuses (disk full, read-only,
/// permission denied…) is a diagnostic (exit 1), anything else an internal error (exit 70).</summary>
public static class GuardedRun
{
    public static async Task<int> RunAsync(LotseCommand command, ParseResult result, CancellationToken cancellationToken)
    {
        var output = result.InvocationConfiguration.Output;
        var error = result.InvocationConfiguration.Error;
        var cli = command.Read(result);
        try
        {
            return await command.Run(cli, output, error, cancellationToken);
        }
        catch (Exception e) when (FileSystemFault.Find(e) is { } fault)
        {
            var (code, path, message) = FileSystemFault.Describe(fault, cli.Root);
            output.WriteLine(new Diagnostic(Severity.Error, code, path, 0, 0, message));
            return ExitCodes.ContentErrors;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            error.WriteLine($"lotse: internal error: {e.GetType().Name}: {e.Message}");
            error.WriteLine("This is a bug in Lotse, not in your content. Please report it with the command you ran.");
            if (Environment.GetEnvironmentVariable("LOTSE_DEBUG") == "1") error.WriteLine(e);
            return ExitCodes.InternalError;
        }
    }
}
