
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
        PostProcess.AddRange([new BuildPrintEditions(), new AnalyzeUnanalyzedHtml(), new KeepHtmlAsUtf8()]);
        Output.Add(new WriteFiles());
    }
}
