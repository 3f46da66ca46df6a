namespace Lotse.Search.Pipeline;

/// <summary>
/// One step of a lunr pipeline. Like lunr's functions it sees one token with its position and all
/// tokens of the field, and may emit nothing (drop), the token itself, or several tokens.
/// The label is the name lunr.Pipeline.registerFunction knows it by in the browser.
/// </summary>
public abstract class PipelineFunction
{
    public abstract string Label { get; }

    public abstract void Apply(IReadOnlyList<string> tokens, int index, List<string> output);
}
