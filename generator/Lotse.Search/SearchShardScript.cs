namespace Lotse.Search;

/// <summary>A written shard (assets/search/index-{area}.js); the manifest lists its size in UTF-8 bytes.</summary>
public sealed record SearchShardScript(SearchOutputFile File)
{
    public int Utf8Bytes => checked((int)File.Utf8.Length);
}
