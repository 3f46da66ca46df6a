
using Lotse.Site;
using Lotse.Site.Modules;
using Lotse.Site.Pipelines;

namespace Lotse.Features.Print;

/// <summary>The Gesamtausgaben (each top-level part on one printable page), their PDFs (when <c>lotse pdf</c>
/// made them) and the download page.</summary>
internal sealed class PrintEditionPipeline : Pipeline
{
    public PrintEditionPipeline()
    {
        AfterPages = true;
        Dependencies.Add(nameof(ContentPipeline));
        // Kept as UTF-8 before the analysis: it reads the bytes (a Gesamtausgabe is up to 20 MB; no second copy of it),
        // and only of the pages whose facts did not come from their pieces.
        PostProcess.AddRange([new BuildPrintEditions(), new KeepHtmlAsUtf8(), new AnalyzeUnanalyzedHtml()]);
        Output.Add(new WriteFiles());
    }
}
