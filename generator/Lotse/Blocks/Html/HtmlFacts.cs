namespace Lotse.Blocks.Html;

/// <summary>What the link check needs to know about a written HTML page: its ids and the URLs it refers to.</summary>
public sealed record HtmlFacts(IReadOnlySet<string> Ids, IReadOnlyList<string> References);
