using System.Text;
using Scriban.Runtime;

namespace Lotse.Blocks.Templates;

/// <summary>
/// Where a layout renders to: a builder that Lotse reads itself (into a page's string or straight into its UTF-8 bytes).
/// Unlike Scriban's <see cref="StringBuilderOutput"/>, <see cref="Scriban.Template.Render(Scriban.TemplateContext)"/>
/// makes no string of it and does not empty it: the render is Scriban's own (its output limit counted per render).
/// </summary>
internal sealed class BufferOutput(StringBuilder builder) : IScriptOutput
{
    public StringBuilder Builder => builder;

    public void Write(string text, int offset, int count) => builder.Append(text, offset, count);

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>The builder in <paramref name="output"/> that a function may append to directly, or null.</summary>
    public static StringBuilder? BuilderOf(IScriptOutput output) => output switch
    {
        BufferOutput buffer => buffer.Builder,
        StringBuilderOutput scriban => scriban.Builder,
        _ => null,
    };

    /// <summary>Empty: the text is read from <see cref="Builder"/>.</summary>
    public override string ToString() => "";
}
