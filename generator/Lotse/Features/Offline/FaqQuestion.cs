
using Lotse.Kernel;

namespace Lotse.Features.Offline;

/// <summary>An FAQ question for the single-file FAQ: its page (body HTML from Markdown) and its id in the file.</summary>
internal sealed record FaqQuestion(Document Page, string Id);
