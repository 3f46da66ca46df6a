namespace Lotse.Cli.CommandLine;

/// <summary><c>lotse check [ROOT] [--strict] [--today YYYY-MM-DD]</c>.</summary>
public static class CheckSyntax
{
    public static LotseCommand Create()
    {
        var root = CommonSymbols.SiteRoot();
        var strict = CommonSymbols.Strict();
        var today = CommonSymbols.Today();
        var command = new LotseCommand("check", "Everything a build does but writing: report all problems, check the text and list the external links (not fetched).")
        {
            Read = r => new CliOptions("check", CommonSymbols.FullRoot(r.GetValue(root)), null, r.GetValue(strict), 8080, false, r.GetValue(today)),
            Run = (cli, output, _, _) => BuildCommand.RunAsync(cli, output),
        };
        command.Arguments.Add(root);
        command.Options.Add(strict);
        command.Options.Add(today);
        return command;
    }
}
