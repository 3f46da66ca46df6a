namespace Lotse.Cli.CommandLine;

/// <summary><c>lotse build [ROOT] [-o DIR] [--strict] [--today YYYY-MM-DD]</c>.</summary>
public static class BuildSyntax
{
    public static LotseCommand Create()
    {
        var root = CommonSymbols.SiteRoot();
        var output = CommonSymbols.Output("write the site into DIR instead of ROOT/site");
        var strict = CommonSymbols.Strict();
        var today = CommonSymbols.Today();
        var command = new LotseCommand("build", "Build the site into ROOT/site (or DIR) and report every problem; nothing is written when the content has errors.")
        {
            Read = r => new CliOptions("build", CommonSymbols.FullRoot(r.GetValue(root)), CommonSymbols.Full(r.GetValue(output)), r.GetValue(strict), 8080, false, r.GetValue(today)),
            Run = (cli, output, _, _) => BuildCommand.RunAsync(cli, output),
        };
        command.Arguments.Add(root);
        command.Options.Add(output);
        command.Options.Add(strict);
        command.Options.Add(today);
        return command;
    }
}
