using Lotse.Tests.Testing;
using Shouldly;

namespace Lotse.Tests.Inputs;

/// <summary>Issue 19, the catalogue's third part: inputs that were accepted silently or reported at a poor position
/// (settings whose type nobody checked, page paths differing only in case, an empty title, a tab in front matter,
/// the conformance evidence file). Each is a whole mini-site with all of its diagnostics; nothing is written for an
/// input with an error.</summary>
public sealed class InputCatalogueSilentInputsTests
{
    public static TheoryData<string, string, string[]> Cases => new()
    {
        { "footer: 5",
            "-- lotse.yml --\ntitle: T\nfooter: 5\n-- content/a.md --\n# A\n",
            ["lotse.yml(2,9): error LOT0165: 'footer' must be a list of content paths, not the number 5. Write it like 'footer: [impressum.md, datenschutzerklaerung.md]'."] },
        { "footer: a single text",
            "-- lotse.yml --\ntitle: T\nfooter: a.md\n-- content/a.md --\n# A\n",
            ["lotse.yml(2,9): error LOT0165: 'footer' must be a list of content paths, not the text 'a.md'. Write it like 'footer: [impressum.md, datenschutzerklaerung.md]'."] },
        { "precompress: ja",
            "-- lotse.yml --\ntitle: T\nprecompress: ja\n-- content/a.md --\n# A\n",
            ["lotse.yml(2,14): error LOT0165: 'precompress' must be false or a mapping, not the text 'ja'. Write it like 'precompress: { gzip: true, brotli: true, minBytes: 1024, brotliQuality: 5 }'."] },
        { "precompress minBytes is a text",
            "-- lotse.yml --\ntitle: T\nprecompress:\n  minBytes: viel\n-- content/a.md --\n# A\n",
            ["lotse.yml(3,13): error LOT0165: 'precompress: minBytes' must be a number, not the text 'viel'. Write it like 'minBytes: 1024'."] },
        { "accessibility feedback is a text",
            "-- lotse.yml --\ntitle: T\naccessibility:\n  feedback: Kontaktstelle\n-- content/a.md --\n# A\n",
            ["lotse.yml(3,13): error LOT0165: 'accessibility: feedback' must be a mapping whose values are texts or lists of texts, not the text 'Kontaktstelle'. Write it like 'feedback: { name: Kontaktstelle, email: barrierefreiheit@example.org, phone: +49 123 456-0 }'."] },
        { "Teil.md next to teil/index.md",
            "-- content/Teil.md --\n# Groß\n-- content/teil/index.md --\n# Klein\n",
            ["content/teil/index.md: error LOT0104: This page would be written to 'teil/index.html' and 'content/Teil.md' to 'Teil/index.html', which differ only in upper/lower case or in how umlauts are encoded; on Windows, macOS and in the ZIP download they are the same file. Rename or move one of them."] },
        { "NFC and NFD twins as page and folder",
            "-- content/m\u00fcll.md --\n# NFC\n-- content/mu\u0308ll/index.md --\n# NFD\n",
            ["content/mu\u0308ll: warning LOT0162: The name is not in Unicode NFC (macOS writes umlauts as two characters); links typed on other systems will not find it. Rename it (type the name again) or save it in NFC.",
             "content/m\u00fcll.md: error LOT0104: This page would be written to 'm\u00fcll/index.html' and 'content/mu\u0308ll/index.md' to 'mu\u0308ll/index.html', which differ only in upper/lower case or in how umlauts are encoded; on Windows, macOS and in the ZIP download they are the same file. Rename or move one of them."] },
        { "empty title:",
            "-- content/a.md --\n---\ndescription: D\ntitle:\n---\nText\n",
            ["content/a.md(3,1): warning LOT0172: The front matter has 'title:' without a text, so the page's title comes from its first heading or its file name. Write the title after 'title:' or remove the key."] },
        { "title: \"\"",
            "-- content/a.md --\n---\ntitle: \"\"\n---\n# A\n",
            ["content/a.md(2,1): warning LOT0172: The front matter has 'title:' without a text, so the page's title comes from its first heading or its file name. Write the title after 'title:' or remove the key."] },
        { "tab after spaces in a nested mapping of front matter",
            "-- content/a.md --\n---\ntitle: A\nteil:\n  a: 1\n  \tb: 2\n---\nText\n",
            ["content/a.md(5,3): error LOT0101: Invalid YAML in the front matter: a tab indents this line, and YAML indents with spaces only (replace the tab with spaces). Fix the YAML syntax."] },
        { "tab in a data file",
            "-- content/_data/zahlen.yml --\na:\n\t- 1\n-- content/a.md --\n# A\n",
            ["content/_data/zahlen.yml(2,1): error LOT0105: The data file does not parse: a tab indents this line, and YAML indents with spaces only (replace the tab with spaces). Fix its syntax."] },
        { "pruefung.yml: unknown criterion and wrong date, at the entry's value",
            "-- content/_data/pruefung.yml --\npruefungen:\n  - kriterium: \"1.1.1\"\n    wer: A\n    wann: 2026-01-01\n    was: B\n    ergebnis: bestanden\n    gueltig_bis: 2099-01-01\n  - kriterium: \"9.9.9\"\n    wer: A\n  - kriterium: \"1.4.3\"\n    wer: A\n    wann: gestern\n    was: B\n    ergebnis: bestanden\n    gueltig_bis: 2099-01-01\n-- content/a.md --\n# A\n",
            ["content/_data/pruefung.yml(8,16): warning LOT0801: pruefungen[1]: 'kriterium' must name a WCAG 2.1 A/AA criterion like \"1.4.3\", not '9.9.9'. Correct the entry (see README, \"Conformance report\").",
             "content/_data/pruefung.yml(12,11): warning LOT0801: pruefungen[2]: 'wann' must be a date like 2026-12-06. Correct the entry (see README, \"Conformance report\")."] },
        { "pruefung.yml: entries in flow style without a reason",
            "-- content/_data/pruefung.yml --\nnicht_anwendbar: [{ kriterium: \"1.2.1\", grund: Keine Audios. }, { kriterium: \"1.2.2\" }]\nbekannte_einschraenkungen:\n  - titel: T\n-- content/a.md --\n# A\n",
            ["content/_data/pruefung.yml(1,65): warning LOT0801: nicht_anwendbar[1]: 'grund' is required. Correct the entry (see README, \"Conformance report\").",
             "content/_data/pruefung.yml(3,5): warning LOT0801: bekannte_einschraenkungen[0]: 'titel' and 'grund' are required. Correct the entry (see README, \"Conformance report\")."] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Reports_exactly(string name, string files, string[] expected)
    {
        _ = name;
        await CatalogueCase.ReportsExactlyAsync(files, expected);
    }
}
