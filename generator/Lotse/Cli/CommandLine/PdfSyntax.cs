using System.CommandLine;
using Lotse.Features.Print;

namespace Lotse.Cli.CommandLine;

/// <summary><c>lotse pdf [ROOT] [-o DIR] [--chromium PATH] [--timeout SECONDS] [--strict] [--today YYYY-MM-DD]</c>.</summary>
public static class PdfSyntax
{
    public static LotseCommand Create()
    {
        var root = CommonSymbols.SiteRoot();
        var output = CommonSymbols.Output("build the site into DIR instead of ROOT/site");
        var chromium = new Option<string?>("--chromium")
        {
            Description = $"the Chromium to print with (default {ChromiumPdfPrinter.DefaultExecutable})",
            HelpName = "PATH",
        };
        var timeout = new Option<TimeSpan?>("--timeout")
        {
            Description = "stop a Chromium that prints nothing for SECONDS (default 60)",
            HelpName = "SECONDS",
            CustomParser = ValueParsers.Seconds,
        };
        var strict = CommonSymbols.Strict();
        var today = CommonSymbols.Today();
        var command = new LotseCommand("pdf", "Build the site, print each Gesamtausgabe (print edition) to a PDF with headless Chromium into the folder pdfFolder of lotse.yml (default ROOT/pdf), then build again so the site links them.")
        {
            Read = r => new CliOptions("pdf", CommonSymbols.FullRoot(r.GetValue(root)), CommonSymbols.Full(r.GetValue(output)), r.GetValue(strict), 8080, false, r.GetValue(today))
            {
                Chromium = r.GetValue(chromium),
                PdfTimeout = r.GetValue(timeout),
            },
            Run = (cli, output, error, _) => PdfCommand.RunAsync(cli, output, error),
        };
        command.Arguments.Add(root);
        command.Options.Add(output);
        command.Options.Add(chromium);
        command.Options.Add(timeout);
        command.Options.Add(strict);
        command.Options.Add(today);
        return command;
    }
}
