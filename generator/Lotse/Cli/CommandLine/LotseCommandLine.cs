using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Reflection;

namespace Lotse.Cli.CommandLine;

/// <summary>
/// lotse's command line on System.CommandLine: the commands (one file each), standard <c>--help</c> for the tool and every
/// command, <c>--version</c>, shell completion (the <c>[suggest]</c> directive, <c>lotse completion bash</c>), and a wrong
/// command line as diagnostics with exit code 2 (<see cref="UsageErrors"/>).
/// </summary>
public sealed class LotseCommandLine
{
    public const string Name = "lotse";

    public LotseCommandLine()
    {
        Root = new RootCommand("Lotse builds an accessible, searchable website that works offline from a folder of Markdown files.")
        {
            HelpName = Name,
        };
        foreach (var command in new Command[]
                 {
                     BuildSyntax.Create(), CheckSyntax.Create(), ServeSyntax.Create(), PdfSyntax.Create(), NewSyntax.Create(),
                     InitSyntax.Create(), SchemaSyntax.Create(), CompletionSyntax.Create(),
                 })
            Root.Subcommands.Add(command);
        foreach (var command in Commands(Root).OfType<LotseCommand>())
            command.SetAction((result, token) => GuardedRun.RunAsync(command, result, token));

        var version = Root.Options.OfType<VersionOption>().Single();
        version.Action = new PrintVersion();
        var help = Root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWithExitCodes((HelpAction)help.Action!);

        // The words of older versions: lotse help [COMMAND], lotse version.
        var helpCommand = new Command("help", "Show help for lotse or a command.") { Hidden = true };
        var words = new Argument<string[]>("COMMAND") { Arity = ArgumentArity.ZeroOrMore };
        helpCommand.Arguments.Add(words);
        helpCommand.SetAction((result, token) => Root.Parse([.. result.GetValue(words) ?? [], "--help"]).InvokeAsync(result.InvocationConfiguration, token));
        Root.Subcommands.Add(helpCommand);
        var versionCommand = new Command("version", "Show the version of lotse.") { Hidden = true };
        versionCommand.SetAction(result => new PrintVersion().Invoke(result));
        Root.Subcommands.Add(versionCommand);
    }

    public RootCommand Root { get; }

    /// <summary>Parses; a word starting with '@' is a folder or title as any other (no response files).</summary>
    public ParseResult Parse(IReadOnlyList<string> args) => Root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });

    /// <summary>Parses and runs: a wrong command line gives its diagnostics on <paramref name="error"/> and exit code 2.</summary>
    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var result = Parse(args);
        if (result.Action is ParseErrorAction)
        {
            foreach (var diagnostic in UsageErrors.Of(result)) error.WriteLine(diagnostic);
            return ExitCodes.UsageError;
        }
        var configuration = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            EnableDefaultExceptionHandler = false, // GuardedRun reports every exception
            ProcessTerminationTimeout = null,      // lotse serve stops on Ctrl+C and SIGTERM itself
        };
        return await result.InvokeAsync(configuration, cancellationToken);
    }

    /// <summary>The version without the commit (<c>0.1.0</c>, not <c>0.1.0+abc…</c>).</summary>
    public static string Version =>
        typeof(LotseCommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    private static IEnumerable<Command> Commands(Command command) => command.Subcommands.SelectMany(Commands).Prepend(command);

    /// <summary>The standard help; for lotse itself followed by what ROOT is and the exit codes.</summary>
    private sealed class HelpWithExitCodes(HelpAction help) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var exit = help.Invoke(parseResult);
            if (parseResult.CommandResult.Command is not RootCommand) return exit;
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("ROOT is the site's folder, with lotse.yml, content/ and (optionally) themes/; default: the current folder.");
            output.WriteLine();
            output.WriteLine("Exit codes:");
            foreach (var (code, meaning) in ExitCodes.Table) output.WriteLine($"  {code,-3}{meaning}");
            return exit;
        }
    }

    private sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Version);
            return 0;
        }
    }
}
