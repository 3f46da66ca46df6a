using Lotse.Tests.Testing;
using Shouldly;

namespace Lotse.Tests.Inputs;

/// <summary>Issue 19, the catalogue's fourth part: settings of <c>lotse.yml</c> that the code reading them checks (base
/// path, severities, raw HTML, themes, source policy, templates) and settings and data files that name pages (footer,
/// notFound, offline FAQ folder, nav.yml): every diagnostic at the line and column of the key or entry it is about, a
/// missing page with the closest one ("did you mean"). Each is a whole mini-site with all of its diagnostics.</summary>
public sealed class InputCatalogueSettingsTests
{
    public static TheoryData<string, string, string[]> Cases => new()
    {
        { "footer names a missing page (typo)",
            "-- lotse.yml --\ntitle: T\nfooter:\n  - a.md\n  - impresum.md\n-- content/a.md --\n# A\n-- content/impressum.md --\n# Impressum\n",
            ["lotse.yml(4,5): error LOT0173: 'footer' names 'impresum.md', but there is no page content/impresum.md. Did you mean 'impressum.md'? Write the page's path in content/ (like 'impressum.md') or remove the entry."] },
        { "notFound names a missing page, in flow style",
            "-- lotse.yml --\ntitle: T\nnotFound: [a.md, gibtsnicht/index.md]\n-- content/a.md --\n# A\n",
            ["lotse.yml(2,18): error LOT0173: 'notFound' names 'gibtsnicht/index.md', but there is no page content/gibtsnicht/index.md. Write the page's path in content/ (like 'impressum.md') or remove the entry."] },
        { "offline faq_source names an empty folder",
            "-- lotse.yml --\ntitle: T\noffline:\n  faq_source: fragen\n-- content/faq/a.md --\n# A\n",
            ["lotse.yml(3,15): error LOT0173: 'offline: faq_source' names the folder 'fragen', but content/fragen/ holds no page. Write a folder of content/ or remove the setting."] },
        { "basePath without a leading slash",
            "-- lotse.yml --\ntitle: T\nbasePath: leitfaden\n-- content/a.md --\n# A\n",
            ["lotse.yml(2,11): error LOT0950: 'basePath: leitfaden' is not a path on the server. Write it like '/' or '/handbuch/'."] },
        { "diagnostics: a wrong severity and a wrong code",
            "-- lotse.yml --\ntitle: T\ndiagnostics:\n  LOT0704: laut\n  XYZ: warning\n-- content/a.md --\n# A\n",
            ["lotse.yml(3,12): error LOT0440: 'diagnostics: LOT0704: laut' is not a severity Lotse knows. Write a code and one of off, note, warning, error, like 'LOT0704: warning'.",
             "lotse.yml(4,3): error LOT0440: 'diagnostics: XYZ: warning' is not a severity Lotse knows. Write a code and one of off, note, warning, error, like 'LOT0704: warning'."] },
        { "diagnostics is a list",
            "-- lotse.yml --\ntitle: T\ndiagnostics: [LOT0704]\n-- content/a.md --\n# A\n",
            ["lotse.yml(2,14): error LOT0440: 'diagnostics' must be a mapping from codes to severities, not a list. Write it like 'diagnostics: { LOT0704: warning }'."] },
        { "html sanitize: ja",
            "-- lotse.yml --\ntitle: T\nhtml:\n  sanitize: ja\n-- content/a.md --\n# A\n",
            ["lotse.yml(3,13): error LOT0001: 'html: sanitize: ja' is not true or false. Write 'html: { sanitize: true }' or leave it out."] },
        { "html is a text",
            "-- lotse.yml --\ntitle: T\nhtml: sauber\n-- content/a.md --\n# A\n",
            ["lotse.yml(2,7): error LOT0001: 'html' must be a mapping, such as 'html: { sanitize: true }'."] },
        { "a theme that does not exist, in a list",
            "-- lotse.yml --\ntitle: T\ntheme: [eigen, default]\n-- content/a.md --\n# A\n",
            ["lotse.yml(2,9): error LOT0004: The theme 'eigen' does not exist: there is no folder themes/eigen. Create it (every site needs themes/default; copy it from the Lotse repository) or change 'theme' in lotse.yml."] },
        { "templates: an absolute pattern",
            "-- lotse.yml --\ntitle: T\ntemplates:\n  - \"**/*-vorlage.markdown\"\n  - /abs\n-- content/a.md --\n# A\n",
            ["lotse.yml(4,5): warning LOT0730: 'templates' holds '/abs', which is not a pattern of files in content/. Write e.g. '**/*-vorlage.markdown'."] },
        { "nav.yml: a typo in a nested entry and a missing section page",
            "-- content/_data/nav.yml --\n- a.md\n- Teil:\n    - impresum.md\n- { title: X, page: fehlt }\n-- content/a.md --\n# A\n-- content/impressum.md --\n# I\n",
            ["content/_data/nav.yml(3,7): warning LOT0405: The entry 'impresum.md' names no page or folder (did you mean 'impressum.md'?). Remove it or fix the path.",
             "content/_data/nav.yml(4,21): warning LOT0405: The entry 'fehlt' names no page or folder. Remove it or fix the path."] },
        { "pruefen_bis is no date",
            "-- content/a.md --\n---\ntitle: A\npruefen_bis: bald\n---\nText\n",
            ["content/a.md(3,14): warning LOT0611: 'pruefen_bis: bald' is not a date. Write it as YYYY-MM-DD, e.g. 'pruefen_bis: 2027-06-30'."] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Reports_exactly(string name, string files, string[] expected)
    {
        _ = name;
        await CatalogueCase.ReportsExactlyAsync(files, expected);
    }
}
