namespace Lotse.Search.Lunr;

/// <summary>A field of the index with its boost (lunr's builder.field(name, { boost })).</summary>
public sealed record LunrField(string Name, double Boost = 1);
