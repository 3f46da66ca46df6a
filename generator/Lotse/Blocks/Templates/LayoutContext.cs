using System.Text;
using Scriban;
using Scriban.Runtime;

namespace Lotse.Blocks.Templates;

/// <summary>A template context that knows the body the base layout is writing (<see cref="DirectBody"/>).</summary>
internal sealed class LayoutContext(ScriptObject builtins) : TemplateContext(builtins)
{
    /// <summary>The layout's HTML while the base layout renders around it; null otherwise.</summary>
    public StringBuilder? PendingBody { get; set; }
}
