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

    public const string Usage = """
        Lotse – builds the OZG guidance website from Markdown.

        Usage:
          lotse build [ROOT] [-o|--output DIR] [--strict]   build the site into ROOT/site (or DIR)
          lotse check [ROOT] [--strict]                      everything but writing: report all problems
          lotse serve [ROOT] [--port N] [--host ADDR]        build, serve on http://127.0.0.1:N/ (default 8080),
                                                             rebuild on change and reload the browser; only this
                                                             machine can connect unless --host names another
                                                             address (an IP address, 0.0.0.0 for all networks)
          lotse serve --production [ROOT] [--port N]         build once, serve with the production headers of
                                                             docs/deployment.md (CSP, caching, .br/.gz), no reload
          lotse pdf [ROOT] [-o DIR] [--chromium PATH]        build, print each Gesamtausgabe to a PDF in the folder
                    [--timeout SECONDS]                      pdfFolder of lotse.yml (default ROOT/pdf) with headless
                                                             Chromium (default /usr/bin/chromium), build again to link
                                                             them; a Chromium silent for 60 s (or SECONDS) is stopped
          lotse new faq "Frage?" [--thema TOPIC]             create content/faq/TOPIC/frage.md with front matter and skeleton
          lotse new seite BEREICH/name [Titel]               create content/BEREICH/name.md (both: --root ROOT, default .)
          lotse init [DIR]                                   write a new site into DIR (default .): lotse.yml, content/,
                                                             .gitignore; it builds and serves at once
          lotse init --from mkdocs.yml [DIR]                 make an MkDocs project a Lotse site: lotse.yml from
                                                             site_name, content/ a link to docs_dir, nav's order
          lotse schema [ROOT] [-o DIR]                       write a JSON Schema of the front matter of each content type
                                                             into ROOT/.lotse/schema (or DIR), for editors' IDEs
          lotse --help | --version

        Options of build, check, serve and new:
          --today YYYY-MM-DD   compare review dates (pruefen_bis) with this date instead of the
                               machine's date (for reproducible builds)

        ROOT is the folder with lotse.yml, content/ and themes/ (default: the current folder).

        Exit codes:
          0  success
          1  the content has errors (or warnings, with --strict); nothing was written
          2  the command line is wrong
          69 lotse pdf: Chromium is not installed (or printing failed)
          70 internal error (a bug in Lotse: please report it)
        """;

    /// <summary>Parses; returns null and an error text for a wrong command line.</summary>
    public static CliOptions? Parse(string[] args, out string? error)
    {
        error = null;
        if (args.Length == 0) { error = "No command given."; return null; }
        var command = args[0];
        if (command is "-h" or "--help" or "help") return new CliOptions("help", ".", null, false, 0, false);
        if (command is "--version" or "version") return new CliOptions("version", ".", null, false, 0, false);
        if (command is not ("build" or "check" or "serve" or "pdf" or "new" or "schema" or "init")) { error = $"Unknown command '{command}'."; return null; }

        string root = ".", output = "";
        string? chromium = null;
        TimeSpan? pdfTimeout = null;
        var host = Serve.StaticFileServer.DefaultHost;
        var strict = false;
        var port = 8080;
        var portAsked = false;
        var rootSet = false;
        var production = false;
        DateOnly? today = null;
        string? topic = null;
        string? from = null;
        var arguments = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "-o" or "--output" when i + 1 < args.Length: output = args[++i]; break;
                case "--root" when i + 1 < args.Length: root = args[++i]; rootSet = true; break;
                case "--strict": strict = true; break;
                case "--production" when command == "serve": production = true; break;
                case "--today" when i + 1 < args.Length && DateOnly.TryParseExact(args[i + 1], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d): today = d; i++; break;
                case "--chromium" when command == "pdf" && i + 1 < args.Length: chromium = args[++i]; break;
                case "--timeout" when command == "pdf" && i + 1 < args.Length && double.TryParse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and <= 86_400:
                    pdfTimeout = TimeSpan.FromSeconds(seconds); i++; break;
                case "--host" when command == "serve" && i + 1 < args.Length && System.Net.IPAddress.TryParse(args[i + 1], out _): host = args[++i]; break;
                case "--port" when i + 1 < args.Length && int.TryParse(args[i + 1], out var p) && p is > 0 and < 65536: port = p; portAsked = true; i++; break;
                case "--thema" when command == "new" && i + 1 < args.Length: topic = args[++i]; break;
                case "--from" when command == "init" && i + 1 < args.Length: from = Path.GetFullPath(args[++i]); break;
                case var a when command == "new" && !a.StartsWith('-'): arguments.Add(a); break;
                case var a when !a.StartsWith('-') && !rootSet: root = a; rootSet = true; break;
                default: error = $"Unknown or incomplete option '{args[i]}'."; return null;
            }
        }
        // lotse init --from mkdocs.yml: the site is the MkDocs project's folder, unless DIR says otherwise.
        if (from is not null && !rootSet) root = Path.GetDirectoryName(from) ?? root;
        return new CliOptions(command, Path.GetFullPath(root), output.Length == 0 ? null : Path.GetFullPath(output), strict, port, false, today)
        {
            From = from,
            Chromium = chromium,
            PdfTimeout = pdfTimeout,
            PortAsked = portAsked,
            Host = host,
            Production = production,
            Arguments = arguments,
            Topic = topic,
        };
    }
}
