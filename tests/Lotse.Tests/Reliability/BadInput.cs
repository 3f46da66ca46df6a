
using Lotse.Tests.Testing;

namespace Lotse.Tests.Reliability;

/// <summary>One entry of the bad-input catalogue: a mini-site (inline files), optionally changed on disk
/// before the build (<paramref name="Prepare"/> gets the site root: binary bytes, symlinks, huge files), the
/// exact diagnostics the build must print, and for inputs that must simply work, what the output shows.</summary>
public sealed record BadInput(
    string Name,
    string Files,
    IReadOnlyList<string> Expected,
    Action<string>? Prepare = null,
    bool Strict = false,
    bool Succeeds = false,
    Action<TestBuild>? Then = null)
{
    public override string ToString() => Name;
}
