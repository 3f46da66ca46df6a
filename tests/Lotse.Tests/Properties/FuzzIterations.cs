namespace Lotse.Tests.Properties;

/// <summary>How many cases a property runs: a small default so the suite stays fast, or LOTSE_FUZZ_ITER
/// (for example <c>LOTSE_FUZZ_ITER=100000 dotnet test --filter Properties</c>) for a long local fuzz run.</summary>
public static class FuzzIterations
{
    public const string Variable = "LOTSE_FUZZ_ITER";

    /// <summary>The count from <see cref="Variable"/>, else <paramref name="defaultCount"/>; properties whose
    /// cases are slow (whole builds) pass a <paramref name="divisor"/> so a long run stays proportionate.</summary>
    public static long Of(long defaultCount, long divisor = 1)
    {
        var text = Environment.GetEnvironmentVariable(Variable);
        return long.TryParse(text, out var count) && count > 0 ? Math.Max(1, count / divisor) : defaultCount;
    }
}
