namespace Lotse.Search.Pipeline;

/// <summary>
/// One step of a lunr pipeline. Like lunr's functions it sees one token with its position and all
/// tokens of the field, and may emit nothing (drop), the token itself, or several tokens.
/// The label is the name lunr.Pipeline.registerFunction knows it by in the browser.
/// </summary>
public abstract class PipelineFunction
{
    public abstract string Label { get; }

    /// <summary>
    /// True when what <see cref="Apply"/> emits depends only on <c>tokens[index]</c>: not on the other tokens
    /// and not on earlier calls. A <see cref="TokenPipeline"/> then computes each distinct token once and
    /// remembers the result (text repeats its words a lot). False unless a function says otherwise.
    /// </summary>
    public virtual bool IsContextFree => false;

    public abstract void Apply(IReadOnlyList<string> tokens, int index, List<string> output);

    /// <summary>Called before <see cref="Apply"/> runs over a list of tokens, which may be a list it saw before, refilled: a
    /// function that remembers something of the list it was given forgets it.</summary>
    internal virtual void ForgetTokens()
    {
    }
}
