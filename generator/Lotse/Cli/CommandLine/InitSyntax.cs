using System.CommandLine;

namespace Lotse.Cli.CommandLine;

/// <summary><c>lotse init [DIR]</c> and <c>lotse init --from mkdocs.yml [DIR]</c>.</summary>
public static class InitSyntax
{
    public static LotseCommand Create()
    {
        var folder = CommonSymbols.Words(new Argument<string?>("DIR")
        {
            Description = "the folder of the new site (default: the current folder; with --from, the folder of that file)",
            Arity = ArgumentArity.ZeroOrOne,
        });
        var from = new Option<string?>("--from")
        {
            Description = "make the MkDocs project of this mkdocs.yml a Lotse site: lotse.yml from site_name, content/ a link to docs_dir, nav's order",
            HelpName = "FILE",
        };
        var command = new LotseCommand("init", "Write a new site that builds and serves at once: lotse.yml with comments, content/ with a first section, .gitignore.")
        {
            Read = r =>
            {
                var config = CommonSymbols.Full(r.GetValue(from));
                var root = r.GetValue(folder) ?? (config is null ? "." : Path.GetDirectoryName(config) ?? ".");
                return new CliOptions("init", Path.GetFullPath(root), null, false, 8080, false) { From = config };
            },
            Run = (cli, output, error, _) => Task.FromResult(InitCommand.Run(cli, output, error)),
        };
        command.Arguments.Add(folder);
        command.Options.Add(from);
        return command;
    }
}
