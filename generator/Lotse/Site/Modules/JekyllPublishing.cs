using System.Text.RegularExpressions;
using Lotse.Blocks.Data;
using Lotse.Blocks.Diagnostics;

namespace Lotse.Site.Modules;

/// <summary>
/// What a Jekyll site (a <c>_config.yml</c> at the top of the content folder) publishes, as Jekyll decides it: paths
/// named in <c>exclude:</c> (a file, a folder, or a pattern like <c>*.gemspec</c>) and Jekyll's own default excludes
/// (<c>Gemfile</c>, <c>node_modules</c>, <c>vendor</c> …) are left out; names starting with <c>_</c> or <c>.</c> stay
/// left out unless <c>include:</c> names them or they are the folder of a collection with <c>output: true</c>
/// (<c>_kapitel</c> for <c>collections: { kapitel: { output: true } }</c>). Without <c>_config.yml</c>, nothing changes.
/// </summary>
public sealed class JekyllPublishing
{
    public const string ConfigFile = "_config.yml";

    private static readonly string[] DefaultExcludes =
        [".sass-cache", ".jekyll-cache", "gemfiles", "Gemfile", "Gemfile.lock", "node_modules", "vendor/bundle/", "vendor/cache/", "vendor/gems/", "vendor/ruby/"];

    private readonly List<Regex> _excludes;
    private readonly HashSet<string> _included;

    private JekyllPublishing(List<Regex> excludes, HashSet<string> included)
    {
        _excludes = excludes;
        _included = included;
    }

    /// <summary>The rules of <c>content/_config.yml</c>, or null when there is none (or it cannot be read, reported).</summary>
    public static JekyllPublishing? Read(string contentFolder, DiagnosticBag diagnostics, Func<string, string> relative)
    {
        var file = Path.Combine(contentFolder, ConfigFile);
        if (!File.Exists(file)) return null;
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        var parsed = YamlReader.Parse(text, out var error);
        if (error is not null || parsed is not (Dictionary<string, object?> or null))
        {
            diagnostics.Warning(DiagnosticCodes.JekyllConfigUnreadable, relative(file), error?.Line ?? 1, error?.Column ?? 1,
                $"Jekyll's settings cannot be read ({error?.Message ?? "not a mapping of keys"}), so their 'exclude:' and 'include:' are not applied. Correct the YAML");
            return null;
        }
        var config = parsed as Dictionary<string, object?> ?? [];
        var excludes = DefaultExcludes.Concat(Strings(config.GetValueOrDefault("exclude"))).Select(Pattern).ToList();
        var included = new HashSet<string>(Strings(config.GetValueOrDefault("include")).Select(s => s.Trim('/')), StringComparer.Ordinal);
        if (config.GetValueOrDefault("collections") is Dictionary<string, object?> collections)
            foreach (var (name, settings) in collections)
                if (settings is Dictionary<string, object?> values && values.GetValueOrDefault("output") is true) included.Add("_" + name);
        return new JekyllPublishing(excludes, included);
    }

    /// <summary>True when Jekyll would not publish the file or folder at <paramref name="path"/> (relative to the
    /// content folder, with '/').</summary>
    public bool Skips(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        if (_excludes.Any(pattern => pattern.IsMatch(path))) return true;
        if (!name.StartsWith('_') && !name.StartsWith('.')) return false;
        return !_included.Contains(name) && !_included.Contains(path);
    }

    private static IEnumerable<string> Strings(object? value) => value switch
    {
        string one => [one],
        List<object?> list => list.OfType<string>().Where(s => s.Trim().Length > 0),
        _ => [],
    };

    /// <summary>Jekyll matches an entry as the path itself, a folder holding it, or a pattern (<c>File.fnmatch</c>, where
    /// <c>*</c> crosses folders).</summary>
    private static Regex Pattern(string entry)
    {
        var trimmed = entry.Trim();
        if (trimmed.StartsWith("./", StringComparison.Ordinal)) trimmed = trimmed[2..];
        trimmed = trimmed.Trim('/');
        var body = Regex.Escape(trimmed).Replace(@"\*", ".*").Replace(@"\?", "[^/]");
        return new Regex($"^{body}(/.*)?$", RegexOptions.CultureInvariant);
    }
}
