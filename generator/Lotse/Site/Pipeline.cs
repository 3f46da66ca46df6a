using Lotse.Kernel;

namespace Lotse.Site;

/// <summary>One of the site's pipelines (<see cref="Pipeline{TContext}"/> on a <see cref="BuildContext"/>).</summary>
public abstract class Pipeline : Pipeline<BuildContext>
{
    /// <summary>True for a pipeline whose files a rebuild in <c>lotse serve</c> makes after the pages are written
    /// (search index, Gesamtausgaben, downloads: <see cref="StagedBuild"/>).</summary>
    public bool AfterPages { get; protected init; }
}
