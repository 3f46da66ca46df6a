using System.Text;
using Lotse.Site;
using Lotse.Tests.Testing;
using Xunit.Abstractions;

namespace Lotse.Tests.Properties;

/// <summary>Runs after the parallel tests and alone, so that the other tests of this process do not take the cores
/// while a build is timed.</summary>
[CollectionDefinition(nameof(TimeMeasurement), DisableParallelization = true)]
public sealed class TimeMeasurement;

/// <summary>Issue 19, point 5: no input takes super-linear time. Each generated input is built (with the repository's
/// theme, the search index, the glossary and the content checks of <c>lotse check</c>) at size n and at 4n; the time
/// per KB at 4n may be at most twice that at n (linear: the same, or less as the build's fixed cost spreads; quadratic:
/// four times). Times are compared with each other, never with an absolute limit, so a slow machine passes alike.</summary>
[Collection(nameof(TimeMeasurement))]
public sealed class LinearTimeProperties(ITestOutputHelper output)
{
    /// <summary>The largest allowed growth of time per KB from n to 4n.</summary>
    private const double MostGrowthPerKb = 2.0;

    public static readonly TheoryData<string, int> Inputs = new()
    {
        { "identical headings", 5_000 },
        { "one very long line", 100_000 },
        { "deeply nested quotes and lists", 2_000 },
        { "many links", 10_000 },
        { "many glossary terms", 1_500 },
        { "long words", 2_000 },
        { "one huge word as title", 20_000 },
        { "many checklist items", 2_000 },
        { "many abbreviations", 40_000 },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Time_per_KB_does_not_grow_with_the_size_of_the_input(string input, int n)
    {
        using var warmUp = await SizedSite.WriteAsync(Files(input, n / 4));
        await warmUp.BuildAsync(); // JIT and caches, so the first measurement is not the slow one
        using var smallSite = await SizedSite.WriteAsync(Files(input, n));
        using var largeSite = await SizedSite.WriteAsync(Files(input, 4 * n));
        // Rounds alternate the two sizes, so a burst of load from another process hits both alike; the fastest
        // build of each size is the one least disturbed.
        double small = double.MaxValue, large = double.MaxValue;
        for (var round = 0; round < Rounds; round++)
        {
            small = Math.Min(small, await smallSite.BuildAsync());
            large = Math.Min(large, await largeSite.BuildAsync());
        }
        var growth = (large / largeSite.Kb) / (small / smallSite.Kb);
        output.WriteLine($"{input}: n={n} {smallSite.Kb:F0} KB {small:F0} ms, 4n {largeSite.Kb:F0} KB {large:F0} ms, time per KB ×{growth:F2}");
        growth.ShouldBeLessThan(MostGrowthPerKb, $"{input}: {small:F0} ms for {smallSite.Kb:F0} KB, {large:F0} ms for {largeSite.Kb:F0} KB");
    }

    /// <summary>How often each size is built; the cheapest build counts.</summary>
    private const int Rounds = 3;

    /// <summary>A generated site in a temporary folder, with the repository's theme, and the size of its content.</summary>
    private sealed class SizedSite(string root, double kb) : IDisposable
    {
        public double Kb => kb;

        public static async Task<SizedSite> WriteAsync(Dictionary<string, string> files)
        {
            var root = Directory.CreateTempSubdirectory("lotse-linear-").FullName;
            CopyFolder(Path.Combine(TestSite.RepositoryRoot, "themes"), Path.Combine(root, "themes"));
            foreach (var (path, text) in files)
            {
                var full = Path.Combine(root, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                await File.WriteAllTextAsync(full, text);
            }
            var kb = files.Where(f => f.Key.StartsWith("content/", StringComparison.Ordinal)).Sum(f => Encoding.UTF8.GetByteCount(f.Value)) / 1024.0;
            return new SizedSite(root, kb);
        }

        /// <summary>Builds the site (without writing it) and returns the CPU time this process spent meanwhile, in ms: unlike
        /// the time on the clock, it does not grow when other processes take the cores (CI runs the browser tests beside
        /// these, and a build timed by the clock once took six times as long at 4n in all three rounds).</summary>
        public async Task<double> BuildAsync()
        {
            var before = Environment.CpuUsage.TotalTime;
            await SiteBuilder.BuildAsync(new BuildOptions(root, Write: false, ContentChecks: true, Today: new DateOnly(2026, 12, 1)));
            return (Environment.CpuUsage.TotalTime - before).TotalMilliseconds;
        }

        public void Dispose()
        {
            try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        }
    }

    private static Dictionary<string, string> Files(string input, int n)
    {
        var files = new Dictionary<string, string>
        {
            ["lotse.yml"] = "title: Test\nlanguage: de\ntheme: default\nsearch: true\nlinks: files\n",
            ["content/index.md"] = "---\ntitle: Start\n---\nStart.\n",
            ["content/suche.md"] = "---\ntitle: Suche\nlayout: suche\nnav: false\n---\nSuchen.\n",
            ["content/glossar.md"] = "---\ntitle: Glossar\nlayout: glossar\n---\nBegriffe.\n",
            ["content/ziel.md"] = "---\ntitle: Ziel\n---\nZiel.\n",
            ["content/_data/rollen.yml"] = "- id: kommune\n  name: Kommune\n  kurz: K\n  beschreibung: Städte.\n",
            ["content/_data/glossar.yml"] = "- begriff: OZG\n  erklaerung: Onlinezugangsgesetz.\n",
        };
        var text = new StringBuilder("---\ntitle: Groß\n---\n");
        switch (input)
        {
            case "identical headings":
                for (var i = 0; i < n; i++) text.Append("## Gleiche Überschrift\n\nText.\n\n");
                break;
            case "one very long line":
                for (var i = 0; i < n; i++) text.Append(i % 7 == 0 ? "OZG " : "Wort ");
                text.Append('\n');
                break;
            case "deeply nested quotes and lists":
                for (var i = 0; i < n; i++)
                {
                    text.Append(new string('>', 20)).Append(" Zitat ").Append(i).Append("\n\n");
                    for (var depth = 0; depth < 10; depth++) text.Append(new string(' ', 2 * depth)).Append("- Punkt\n");
                    text.Append('\n');
                }
                break;
            case "many links":
                for (var i = 0; i < n; i++) text.Append("[Ziel ").Append(i).Append("](ziel.md) [extern](https://example.org/").Append(i).Append(") ");
                text.Append('\n');
                break;
            case "many glossary terms":
                var glossary = new StringBuilder();
                for (var i = 0; i < n; i++)
                {
                    var term = "Begriff" + Letters(i);
                    glossary.Append("- begriff: ").Append(term).Append("\n  erklaerung: Erklärung ").Append(i).Append(".\n");
                    text.Append("Hier steht ").Append(term).Append(" im Satz. ");
                }
                files["content/_data/glossar.yml"] = glossary.ToString();
                text.Append('\n');
                break;
            case "long words":
                for (var i = 0; i < n; i++) text.Append(new string((char)('a' + i % 26), 200)).Append("ung ");
                text.Append('\n');
                break;
            case "one huge word as title":
                text.Clear().Append("---\ntitle: ");
                for (var i = 0; i < n; i++) text.Append("Verwaltungsdigitalisierungs");
                text.Append("\n---\nText.\n");
                break;
            case "many checklist items":
                text.Append("::: checkliste id=\"gross\" titel=\"Groß\"\n");
                for (var i = 0; i < n; i++) text.Append("- [ ] Aufgabe ").Append(i).Append(" {#a").Append(i).Append(" rollen=\"kommune\" dimension=\"technisch\"}\n");
                text.Append(":::\n");
                break;
            case "many abbreviations":
                // Each distinct abbreviation not in the glossary, one used on every other word: whether the page also
                // writes a word in lower case ("WICHTIG" and "wichtig") was once searched in the whole page per use.
                for (var i = 0; i < n; i++) text.Append(i % 2 == 0 ? "XÖV " : "X" + Letters(i).ToUpperInvariant() + "Q ");
                text.Append('\n');
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(input), input, null);
        }
        files["content/gross.md"] = text.ToString();
        return files;
    }

    /// <summary>A distinct word of letters for a number (glossary terms must not be parts of each other's words).</summary>
    private static string Letters(int i)
    {
        var sb = new StringBuilder();
        do { sb.Append((char)('a' + i % 26)); i /= 26; } while (i > 0);
        return sb.ToString();
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
