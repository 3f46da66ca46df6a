namespace Lotse.Features.SourcePolicy;

/// <summary>How <c>lotse check</c> reports a page marked <c>ungeprueft: true</c> that cites an unverified source.</summary>
internal enum MarkedPages
{
    /// <summary>An info line: editors see it, and it fails no build, not even <c>--strict</c> (the default).</summary>
    Note,

    /// <summary>A warning (a <c>--strict</c> check fails until every source is checked).</summary>
    Warning,
}
