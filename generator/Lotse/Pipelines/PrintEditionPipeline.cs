using Lotse.Core;
using Lotse.Modules;
using Lotse.Print;

namespace Lotse.Pipelines;

/// <summary>The Gesamtausgaben (each top-level part on one printable page), their PDFs (when <c>lotse pdf</c>
/// made them) and the download page.</summary>
public sealed class PrintEditionPipeline : Pipeline
{
    public PrintEditionPipeline()
    {
        Dependencies.Add(nameof(ContentPipeline));
        PostProcess.AddRange([new BuildPrintEditions(), new AnalyzeHtml()]);
        Output.Add(new WriteFiles());
    }
}
