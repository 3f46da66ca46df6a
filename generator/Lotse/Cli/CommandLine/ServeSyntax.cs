using System.CommandLine;
using Lotse.Serve;

namespace Lotse.Cli.CommandLine;

/// <summary><c>lotse serve [ROOT] [--port N] [--host ADDR] [--production] [-o DIR] [--strict] [--today YYYY-MM-DD]</c>.</summary>
public static class ServeSyntax
{
    public const int DefaultPort = 8080;

    public static LotseCommand Create()
    {
        var root = CommonSymbols.SiteRoot();
        var port = new Option<int>("--port")
        {
            Description = $"the port to listen on; without it, the next free port when {DefaultPort} is taken",
            HelpName = "N",
            CustomParser = ValueParsers.Port,
            DefaultValueFactory = _ => DefaultPort,
        };
        var host = new Option<string?>("--host")
        {
            Description = $"listen on this IP address instead of {StaticFileServer.DefaultHost} (this machine only); 0.0.0.0 for all networks",
            HelpName = "ADDR",
            CustomParser = ValueParsers.Address,
        };
        var production = new Option<bool>("--production")
        {
            Description = "build once and serve with the production headers of docs/deployment.md (CSP, caching, .br/.gz), without rebuilding or reloading",
        };
        var output = CommonSymbols.Output("build into DIR instead of ROOT/site");
        var strict = CommonSymbols.Strict();
        var today = CommonSymbols.Today();
        var command = new LotseCommand("serve", $"Build and serve the site on http://{StaticFileServer.DefaultHost}:{DefaultPort}/, rebuild on every change and reload the browser.")
        {
            Read = r => new CliOptions("serve", CommonSymbols.FullRoot(r.GetValue(root)), CommonSymbols.Full(r.GetValue(output)), r.GetValue(strict), r.GetValue(port), false, r.GetValue(today))
            {
                PortAsked = r.GetResult(port) is { Implicit: false },
                Host = r.GetValue(host) ?? StaticFileServer.DefaultHost,
                Production = r.GetValue(production),
            },
            Run = (cli, output, _, token) => ServeCommand.RunAsync(cli, output, token),
        };
        command.Arguments.Add(root);
        command.Options.Add(port);
        command.Options.Add(host);
        command.Options.Add(production);
        command.Options.Add(output);
        command.Options.Add(strict);
        command.Options.Add(today);
        return command;
    }
}
