namespace Lotse.Features.Offline;

/// <summary>An FAQ topic (a folder of questions) for the single-file FAQ.</summary>
internal sealed record FaqTopic(string Id, string Title, string? Description, IReadOnlyList<FaqQuestion> Questions);
