using System.Reflection;
using Lotse.Cli;

var cli = CliOptions.Parse(args, out var error);
if (cli is null)
{
    Console.Error.WriteLine($"lotse: {error}");
    Console.Error.WriteLine(CliOptions.Usage);
    return 2;
}
try
{
    switch (cli.Command)
    {
        case "help":
            Console.WriteLine(CliOptions.Usage);
            return 0;
        case "version":
            Console.WriteLine(typeof(CliOptions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]);
            return 0;
        case "pdf":
            return await PdfCommand.RunAsync(cli, Console.Out, Console.Error);
        case "new":
            return NewCommand.Run(cli, Console.Out, Console.Error);
        case "init":
            return InitCommand.Run(cli, Console.Out, Console.Error);
        case "schema":
            return SchemaCommand.Run(cli, Console.Out);
        case "serve":
            return await ServeCommand.RunAsync(cli, Console.Out);
        default:
            return await BuildCommand.RunAsync(cli, Console.Out);
    }
}
catch (Exception e) when (Lotse.Blocks.Output.FileSystemFault.Find(e) is { } fault)
{
    // What the file system refuses (disk full, read-only, permission denied…) is a diagnostic, never an internal error.
    var (code, path, message) = Lotse.Blocks.Output.FileSystemFault.Describe(fault, cli.Root);
    Console.WriteLine(new Lotse.Blocks.Diagnostics.Diagnostic(Lotse.Blocks.Diagnostics.Severity.Error, code, path, 0, 0, message));
    return 1;
}
catch (Exception e) when (e is not OperationCanceledException)
{
    Console.Error.WriteLine($"lotse: internal error: {e.GetType().Name}: {e.Message}");
    Console.Error.WriteLine("This is a bug in Lotse, not in your content. Please report it with the command you ran.");
    if (Environment.GetEnvironmentVariable("LOTSE_DEBUG") == "1") Console.Error.WriteLine(e);
    return 70;
}
