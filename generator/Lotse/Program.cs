using Lotse.Cli.CommandLine;

// The commands, their options and help, shell completion and the exit codes: Cli/CommandLine.
return await new LotseCommandLine().RunAsync(args, Console.Out, Console.Error);
