namespace Lotse.Blocks.Config;

/// <summary>A problem with a setting of <c>lotse.yml</c> found by the code that reads it, with the path of the value it is
/// about (<c>"sources", "refused", 2</c>), so that its diagnostic stands at that value's line and column
/// (<see cref="SiteConfig.Positions"/>).</summary>
public sealed record SettingProblem(string Message, params object[] At)
{
    /// <summary>True when the problem is the key itself (an unknown key), not its value.</summary>
    public bool AtKey { get; init; }
}
