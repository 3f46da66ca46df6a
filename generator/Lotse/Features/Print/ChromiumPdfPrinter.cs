using System.Diagnostics;
using Lotse.Blocks.Diagnostics;

namespace Lotse.Features.Print;

/// <summary>
/// Prints a page to PDF with headless Chromium (<c>--print-to-pdf</c>): A4 and margins from the page's print CSS,
/// no header or footer lines of the browser, a tagged PDF (structure tree, the document's language and title)
/// with an outline from the headings, so the PDF is as accessible as Chromium can make it.
/// </summary>
internal sealed class ChromiumPdfPrinter(string executable, TimeSpan? timeout = null)
{
    public const string DefaultExecutable = "/usr/bin/chromium";

    /// <summary>How long one PDF may take before Chromium counts as hanging and is stopped (<c>lotse pdf --timeout S</c>).</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    public TimeSpan Timeout { get; } = timeout ?? DefaultTimeout;

    public string Executable { get; } = executable;

    public bool IsInstalled => File.Exists(Executable);

    /// <summary>Prints <paramref name="htmlFile"/> to <paramref name="pdfFile"/>; returns null or what went wrong, with its
    /// diagnostic code.</summary>
    public async Task<(string Code, string Message)?> PrintAsync(string htmlFile, string pdfFile, CancellationToken cancellationToken = default)
    {
        var profile = Directory.CreateTempSubdirectory("lotse-chromium-").FullName;
        var partial = pdfFile + ".part";
        try
        {
            var start = new ProcessStartInfo(Executable)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var argument in (string[])[
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile,
                "--no-pdf-header-footer", "--export-tagged-pdf", "--generate-pdf-document-outline",
                "--print-to-pdf=" + partial,
                new Uri(Path.GetFullPath(htmlFile)).AbsoluteUri])
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start");
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
                return (DiagnosticCodes.PdfChromiumTimeout,
                    $"Chromium did not finish the PDF within {Timeout.TotalSeconds:F0} s and was stopped. Check that '{Executable}' is a working Chromium " +
                    "(run it with --headless --print-to-pdf), or give it more time with --timeout SECONDS");
            }
            if (process.ExitCode != 0 || !File.Exists(partial) || new FileInfo(partial).Length == 0)
                return (DiagnosticCodes.PdfChromiumFailed, $"Chromium exited with code {process.ExitCode} and wrote no PDF: {LastLines(await stderr)}. Run it by hand to see why");
            File.Move(partial, pdfFile, overwrite: true);
            return null;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (DiagnosticCodes.PdfChromiumFailed, $"Chromium could not be started ({e.Message}). Give a working Chromium with --chromium PATH");
        }
        finally
        {
            if (File.Exists(partial)) File.Delete(partial);
            try { Directory.Delete(profile, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static string LastLines(string text) =>
        string.Join(" | ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(3));
}
