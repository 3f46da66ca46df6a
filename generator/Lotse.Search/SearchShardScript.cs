namespace Lotse.Search;

/// <summary>A shard (assets/search/index-{area}.js) and its size in UTF-8 bytes, which the manifest lists.</summary>
public sealed record SearchShardScript(SearchOutputFile File, int Utf8Bytes);
