namespace Lotse.Cli;

/// <summary>The parsed command line.</summary>
public sealed record CliOptions(string Command, string Root, string? Output, bool Strict, int Port, bool Open, DateOnly? Today = null)
{
    /// <summary>The Chromium to print PDFs with (<c>lotse pdf --chromium PATH</c>); default <c>/usr/bin/chromium</c>.</summary>
    public string? Chromium { get; init; }

    /// <summary>How long <c>lotse pdf</c> waits for Chromium per PDF (<c>--timeout SECONDS</c>); null: 60 s.</summary>
    public TimeSpan? PdfTimeout { get; init; }

    /// <summary>True when the command line named the port (<c>--port N</c>): then a busy port is an error; otherwise
    /// <c>lotse serve</c> takes the next free port after 8080.</summary>
    public bool PortAsked { get; init; }

    /// <summary>The address <c>lotse serve</c> listens on (<c>--host ADDR</c>); default 127.0.0.1, this machine only.</summary>
    public string Host { get; init; } = Serve.StaticFileServer.DefaultHost;

    /// <summary>The words after <c>lotse new</c>: the kind (<c>faq</c>, <c>seite</c>), then the question or the path.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>The MkDocs configuration of <c>lotse init --from mkdocs.yml</c>.</summary>
    public string? From { get; init; }

    /// <summary><c>lotse serve --production</c>: build once (with the precompressed files) and serve as the tested nginx
    /// configuration does, without watching or reloading.</summary>
    public bool Production { get; init; }

    /// <summary>The FAQ topic folder of <c>lotse new faq … --thema TOPIC</c>.</summary>
    public string? Topic { get; init; }

    /// <summary>Parses with <see cref="CommandLine.LotseCommandLine"/> without running anything: the options of the command
    /// the arguments name, or null and the diagnostics of a wrong command line (or of one that names no command to run,
    /// such as <c>--help</c>).</summary>
    public static CliOptions? Parse(string[] args, out string? error)
    {
        var result = new CommandLine.LotseCommandLine().Parse(args);
        error = null;
        if (result.Errors.Count > 0) error = string.Join('\n', CommandLine.UsageErrors.Of(result));
        else if (result.CommandResult.Command is CommandLine.LotseCommand command) return command.Read(result);
        else error = $"'{string.Join(' ', args)}' runs no command.";
        return null;
    }
}
