using System.CommandLine;

namespace Lotse.Cli.CommandLine;

/// <summary>A command of <c>lotse</c> that runs: how it reads its options (<see cref="Read"/>) into <see cref="CliOptions"/>
/// and what it then does (<see cref="Run"/>). <see cref="LotseCommandLine"/> sets its action.</summary>
public sealed class LotseCommand(string name, string description) : Command(name, description)
{
    public required Func<ParseResult, CliOptions> Read { get; init; }

    public required Func<CliOptions, TextWriter, TextWriter, CancellationToken, Task<int>> Run { get; init; }
}
