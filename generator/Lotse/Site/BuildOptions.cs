
namespace Lotse.Site;

/// <summary>What to build and how.</summary>
/// <param name="Root">The site root: holds <c>lotse.yml</c>, <c>content/</c> and <c>themes/</c>.</param>
/// <param name="Output">The output folder; default <c>ROOT/site</c>.</param>
/// <param name="Write">False for <c>lotse check</c>: everything but writing.</param>
/// <param name="Strict">Warnings fail the build.</param>
/// <param name="Today">The date review dates (<c>pruefen_bis</c>) are compared with; null: the machine's date.
/// Set it (<c>--today YYYY-MM-DD</c>) for reproducible builds and in tests.</param>
/// <param name="ContentChecks">Run the content checks for German text (readability, sentence length, …); <c>lotse check</c> does.</param>
/// <param name="MeasureMemory">Note the memory after each module (<see cref="Kernel.ModuleTiming.Memory"/>): null not at
/// all, false as it is, true after a full collection (<c>LOTSE_TIMINGS=1</c> and <c>LOTSE_TIMINGS=live</c>).</param>
public sealed record BuildOptions(string Root, string? Output = null, bool Write = true, bool Strict = false, DateOnly? Today = null, bool ContentChecks = false,
    bool? MeasureMemory = null)
{
    public DateOnly TodayOrClock => Today ?? DateOnly.FromDateTime(DateTime.Now);

    public string OutputFolder => Path.GetFullPath(Output ?? Path.Combine(Root, "site"));
}
