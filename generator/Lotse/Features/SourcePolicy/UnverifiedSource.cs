namespace Lotse.Features.SourcePolicy;

/// <summary>A source not yet checked in the original (<c>sources.unverified</c>): a URL, or the start of URLs when it
/// ends with <c>*</c>; with the checked source that replaces it, once one is known.</summary>
internal sealed record UnverifiedSource(string Url, string? Replacement)
{
    private readonly string _key = SourceUrl.Key(Url.TrimEnd('*'));

    private bool IsPrefix => Url.EndsWith('*');

    public bool Matches(string url)
    {
        var key = SourceUrl.Key(url);
        return IsPrefix ? key.StartsWith(_key, StringComparison.Ordinal) : key == _key;
    }
}
