using Lotse.Site;

namespace Lotse.Features.Precompression;

/// <summary>Precompressed copies (<c>.gz</c>, <c>.br</c>) of the text files for the web server (<c>precompress</c> in
/// lotse.yml, <see cref="PrecompressionSettings"/>). Listed last: it reads what every other feature wrote.</summary>
internal sealed class PrecompressionFeature : IFeature
{
    public IEnumerable<Pipeline> Pipelines(IReadOnlyList<string> before) => [new PrecompressionPipeline(before)];
}
