using Lotse.Features.Schema;

namespace Lotse.Cli.CommandLine;

/// <summary><c>lotse schema [ROOT] [-o DIR]</c>.</summary>
public static class SchemaSyntax
{
    public static LotseCommand Create()
    {
        var root = CommonSymbols.SiteRoot();
        var output = CommonSymbols.Output($"write the schemas into DIR instead of ROOT/{SchemaWriter.DefaultFolder.Replace('\\', '/')}");
        var command = new LotseCommand("schema", "Write a JSON Schema of the front matter of each content type and of lotse.yml, for editors' IDEs.")
        {
            Read = r => new CliOptions("schema", CommonSymbols.FullRoot(r.GetValue(root)), CommonSymbols.Full(r.GetValue(output)), false, 8080, false),
            Run = (cli, output, _, _) => Task.FromResult(SchemaCommand.Run(cli, output)),
        };
        command.Arguments.Add(root);
        command.Options.Add(output);
        return command;
    }
}
