
using Lotse.Features.Print;
using Lotse.Site;

using Lotse.Blocks.Config;

using Lotse.Blocks.Diagnostics;

namespace Lotse.Cli;

/// <summary>
/// <c>lotse pdf</c>: builds the site, prints each Gesamtausgabe to <c>NAME.pdf</c> in the PDF folder
/// (<see cref="PdfFolder"/>) with headless Chromium, then builds again so the download page and the
/// Gesamtausgaben link the new PDFs with their size and date. The normal build never needs Chromium.
/// </summary>
public static class PdfCommand
{
    public const int ChromiumMissing = 69;

    public static async Task<int> RunAsync(CliOptions cli, TextWriter output, TextWriter error)
    {
        var printer = new ChromiumPdfPrinter(cli.Chromium ?? ChromiumPdfPrinter.DefaultExecutable, cli.PdfTimeout);
        if (!printer.IsInstalled)
        {
            error.WriteLine($"lotse pdf: Chromium was not found at '{printer.Executable}'. The PDFs are printed with headless Chromium. " +
                            "Install it (Debian/Ubuntu: sudo apt-get install chromium) or give its path with --chromium PATH. " +
                            "'lotse build' does not need it.");
            return ChromiumMissing;
        }

        var options = new BuildOptions(cli.Root, cli.Output, Write: true, cli.Strict, cli.Today);
        var first = await SiteBuilder.BuildAsync(options);
        BuildCommand.Report(first, output, "build", listExternal: false);
        if (!first.Succeeded) return 1;

        var editions = first.Outputs.FromPipeline(nameof(PrintEditionPipeline))
            .Where(d => d.Metadata.GetString(PrintEditionPlan.NameKey) is not null)
            .ToList();
        if (editions.Count == 0)
        {
            output.WriteLine("lotse pdf: the site has no Gesamtausgabe (no top-level section with pages, or a theme without the layout 'gesamtausgabe'); no PDF made.");
            return 0;
        }

        var config = SiteConfig.Load(cli.Root, new DiagnosticBag());
        var folder = PdfFolder.Of(config, cli.Root);
        Directory.CreateDirectory(folder);
        var failed = 0;
        foreach (var edition in editions)
        {
            var pdf = Path.Combine(folder, edition.Metadata.GetString(PrintEditionPlan.NameKey) + ".pdf");
            var problem = await printer.PrintAsync(Path.Combine(options.OutputFolder, edition.OutputPath), pdf);
            if (problem is null) output.WriteLine($"{Path.GetRelativePath(cli.Root, pdf)}: {new FileInfo(pdf).Length} bytes ({edition.Title})");
            else
            {
                failed++;
                var (code, message) = problem.Value;
                error.WriteLine(new Diagnostic(Severity.Error, code, edition.SourcePath, 0, 0, $"{message} (printing {edition.OutputPath})"));
            }
        }

        var second = await SiteBuilder.BuildAsync(options);
        BuildCommand.Report(second, output, "build", listExternal: false);
        output.WriteLine($"lotse pdf: {editions.Count - failed} of {editions.Count} PDFs in {Path.GetRelativePath(cli.Root, folder)}/");
        return !second.Succeeded ? 1 : failed > 0 ? ChromiumMissing : 0;
    }
}
