using Lotse.Kernel;
using Lotse.Site.Navigation;

namespace Lotse.Site;

/// <summary>Adds a feature's values to what a layout sees as <c>page</c> (<see cref="IFeature.PageValues"/>).</summary>
public interface IPageValues
{
    /// <param name="url">Turns an output path into a URL relative to the page.</param>
    void AddTo(IDictionary<string, object?> values, Document page, NavNode node, Func<string, string> url);
}
