using Lotse.Site;

namespace Lotse.Features.Precompression;

/// <summary>The compressed copies, after every other pipeline has written its files.</summary>
internal sealed class PrecompressionPipeline : Pipeline
{
    public PrecompressionPipeline(IReadOnlyList<string> sitePipelines)
    {
        AfterPages = true;
        Dependencies.AddRange(sitePipelines);
        Output.Add(new WritePrecompressed());
    }
}
