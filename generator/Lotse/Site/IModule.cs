using Lotse.Kernel;

namespace Lotse.Site;

/// <summary>A step of one of the site's pipelines (<see cref="IModule{TContext}"/> on a <see cref="BuildContext"/>).</summary>
public interface IModule : IModule<BuildContext>
{
}
