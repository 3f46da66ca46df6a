using System.Diagnostics;

namespace Lotse.Features.Print;

/// <summary>
/// Prints a page to PDF with headless Chromium (<c>--print-to-pdf</c>): A4 and margins from the page's print CSS,
/// no header or footer lines of the browser, a tagged PDF (structure tree, the document's language and title)
/// with an outline from the headings, so the PDF is as accessible as Chromium can make it.
/// </summary>
internal sealed class ChromiumPdfPrinter(string executable)
{
    public const string DefaultExecutable = "/usr/bin/chromium";
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public string Executable { get; } = executable;

    public bool IsInstalled => File.Exists(Executable);

    /// <summary>Prints <paramref name="htmlFile"/> to <paramref name="pdfFile"/>; returns null or what went wrong.</summary>
    public async Task<string?> PrintAsync(string htmlFile, string pdfFile, CancellationToken cancellationToken = default)
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
                return $"Chromium did not finish within {Timeout.TotalMinutes:F0} minutes";
            }
            if (process.ExitCode != 0 || !File.Exists(partial) || new FileInfo(partial).Length == 0)
                return $"Chromium exited with code {process.ExitCode} and wrote no PDF: {LastLines(await stderr)}";
            File.Move(partial, pdfFile, overwrite: true);
            return null;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return $"Chromium could not be started ({e.Message})";
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
