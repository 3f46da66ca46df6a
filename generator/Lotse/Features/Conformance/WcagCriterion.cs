namespace Lotse.Features.Conformance;

/// <summary>One success criterion of WCAG 2.1 (level A or AA, as BITV 2.0 and EN 301 549 chapter 9 require it):
/// its number, German name and level, the static checks of the build's HTML and the browser tests that test it,
/// whether only a person can decide it (the automated checks see only part of it), and whether the site's lack of
/// audio and video makes it not applicable.</summary>
public sealed record WcagCriterion(
    string Number,
    string Name,
    string Level,
    IReadOnlyList<string> StaticChecks,
    IReadOnlyList<string> BrowserTests,
    bool NeedsPerson,
    bool MediaOnly = false);
