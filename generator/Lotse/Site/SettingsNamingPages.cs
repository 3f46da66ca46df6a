using Lotse.Blocks.Config;
using Lotse.Blocks.Diagnostics;
using Lotse.Blocks.Paths;
using Lotse.Kernel;

namespace Lotse.Site;

/// <summary>The settings of <c>lotse.yml</c> that name pages (<c>footer</c>, <c>notFound</c>: content paths) or a folder
/// of pages (<c>offline: faq_source</c>, when it is given), checked once every page is known: an entry that names no page
/// is an error at its line and column with the closest page ("did you mean"), and is left out of what layouts see, so
/// that it is reported once and not again by every page whose layout lists it.</summary>
internal static class SettingsNamingPages
{
    public static readonly IReadOnlyList<string> PageLists = ["footer", "notFound"];

    public static SiteConfig Checked(SiteConfig config, IReadOnlyList<Document> pages, DiagnosticBag diagnostics)
    {
        var known = pages.Select(p => p.ContentPath()).ToHashSet(StringComparer.Ordinal);
        var values = new Dictionary<string, object?>(config.Values, StringComparer.Ordinal);
        var changed = false;
        foreach (var key in PageLists)
        {
            if (values.GetValueOrDefault(key) is not List<object?> list) continue;
            var kept = new List<object?>(list.Count);
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is not string entry || known.Contains(entry.TrimStart('/'))) { kept.Add(list[i]); continue; }
                var (line, column) = config.At(key, i);
                var closest = ClosestPath.Find(entry.TrimStart('/'), known) is { } c ? $" Did you mean '{c}'?" : "";
                diagnostics.Error(DiagnosticCodes.SettingPageMissing, SiteConfig.FileName, line, column,
                    $"'{key}' names '{entry}', but there is no page content/{entry.TrimStart('/')}.{closest} Write the page's path in content/ (like 'impressum.md') or remove the entry");
                changed = true;
            }
            values[key] = kept;
        }
        CheckFolder(config, known, diagnostics, "offline", "faq_source");
        return changed ? config with { Values = values } : config;
    }

    /// <summary>A setting that names a folder of pages, when it is given: some page must be in it.</summary>
    private static void CheckFolder(SiteConfig config, HashSet<string> known, DiagnosticBag diagnostics, string section, string key)
    {
        if (config.Values.GetValueOrDefault(section) is not Dictionary<string, object?> map || map.GetValueOrDefault(key) is not string folder) return;
        var prefix = folder.Trim().Trim('/') + "/";
        if (known.Any(p => p.StartsWith(prefix, StringComparison.Ordinal))) return;
        var folders = known.Where(p => p.Contains('/')).Select(p => p[..p.LastIndexOf('/')]).Distinct(StringComparer.Ordinal);
        var closest = ClosestPath.Find(prefix.TrimEnd('/'), folders) is { } c ? $" Did you mean '{c}'?" : "";
        var (line, column) = config.At(section, key);
        diagnostics.Error(DiagnosticCodes.SettingPageMissing, SiteConfig.FileName, line, column,
            $"'{section}: {key}' names the folder '{folder}', but content/{prefix} holds no page.{closest} Write a folder of content/ or remove the setting");
    }
}
