using Lotse.Kernel;
using Lotse.Site;

namespace Lotse.Features.Templates;

/// <summary>The templates' part of the build cache (<c>lotse serve</c>): each Word file, by its Markdown.</summary>
internal sealed class TemplatesCache : IBuildCacheSlot
{
    public Memo<byte[]> Word { get; } = new();

    public void NextBuild() => Word.NextBuild();
}
