using Lotse.Tests.Testing;
using Shouldly;

namespace Lotse.Tests.Inputs;

/// <summary>Issue 19, the catalogue continued (with <see cref="InputCatalogueTests"/> 66 bad inputs): YAML errors and
/// front-matter types with their line and column, settings, data files, file names (characters that break links,
/// case and Unicode-normalisation collisions). Each is a whole mini-site with all of its diagnostics; nothing is
/// written for an input with an error.</summary>
public sealed class InputCatalogueNamesAndPositionsTests
{
    public static TheoryData<string, string, string[]> Cases => new()
    {
        { "YAML error points at the offending character",
            "-- content/a.md --\n---\ntitle: A\ndescription: \"offen\n---\nText\n",
            ["content/a.md(3,14): error LOT0101: Invalid YAML in the front matter: While scanning a quoted scalar, found unexpected end of stream. Fix the YAML syntax."] },
        { "tab indentation in front matter",
            "-- content/a.md --\n---\ntitle: A\ntags:\n\t- a\n---\nText\n",
            ["content/a.md(4,1): error LOT0101: Invalid YAML in the front matter: a tab indents this line, and YAML indents with spaces only (replace the tab with spaces). Fix the YAML syntax."] },
        { "duplicate key in front matter",
            "-- content/a.md --\n---\ntitle: A\ntitle: B\n---\nText\n",
            ["content/a.md(3,8): error LOT0101: Invalid YAML in the front matter: The key 'title' appears twice. Fix the YAML syntax."] },
        { "front matter never closes",
            "-- content/a.md --\n---\ntitle: A\nText\n",
            ["content/a.md(1,1): error LOT0102: The front matter starts with '---' but never closes. Add a line '---' after the last front matter line."] },
        { "reserved key url",
            "-- content/a.md --\n---\ntitle: A\nurl: /anders/\n---\nText\n",
            ["content/a.md(2,1): error LOT0103: The front matter sets 'url', which Lotse computes. Remove it or use another name."] },
        { "unknown layout has its line",
            "-- content/a.md --\n---\ntitle: A\nlayout: gibtsnicht\n---\nText\n",
            ["content/a.md(3,9): error LOT0201: The layout 'gibtsnicht' does not exist. Use one of: page, section."] },
        { "description is a list",
            "-- content/a.md --\n---\ntitle: A\ndescription: [a, b]\n---\nText\n",
            ["content/a.md(3,14): error LOT0163: 'description' must be a text, not a list. Write it like 'description: Ein Satz, worum es geht.'."] },
        { "stand: 2024-13-45",
            "-- content/a.md --\n---\ntitle: A\nstand: 2024-13-45\n---\nText\n",
            ["content/a.md(3,8): error LOT0164: 'stand' must be a calendar date YYYY-MM-DD, and '2024-13-45' is none. Write it like 'stand: 2024-07-01'."] },
        { "unknown layout in _dir.yml: at its line, once for all of the folder's pages",
            "-- content/teil/_dir.yml --\nbereich: teil\nlayout: gibtsnicht\n-- content/teil/a.md --\n# A\n-- content/teil/b.md --\n# B\n",
            ["content/teil/_dir.yml(2,9): error LOT0201: The layout 'gibtsnicht' does not exist. Use one of: page, section."] },
        { "unknown layout in a parent folder's _dir.yml",
            "-- content/teil/_dir.yml --\nlayout: gibtsnicht\n-- content/teil/unter/_dir.yml --\norder: 2\n-- content/teil/unter/a.md --\n# A\n",
            ["content/teil/_dir.yml(1,9): error LOT0201: The layout 'gibtsnicht' does not exist. Use one of: page, section."] },
        { "computed key in _dir.yml: at its line",
            "-- content/teil/_dir.yml --\norder: 1\nurl: /teil/\n-- content/teil/a.md --\n# A\n",
            ["content/teil/_dir.yml(2,1): error LOT0103: 'url' is computed by Lotse and cannot be set here. Remove it."] },
        { "glossary: the same term twice, at the second",
            "-- content/_data/glossar.yml --\n- begriff: OZG\n  erklaerung: Gesetz.\n- begriff: ozg\n  erklaerung: Doppelt.\n-- content/a.md --\n# A\n",
            ["content/_data/glossar.yml(3,12): error LOT0167: Entry 2 of glossar repeats 'begriff: ozg' of entry 1. Give each entry its own begriff, or merge the two. Write it like '- { begriff: BGB, langform: Bürgerliches Gesetzbuch, erklaerung: Ein Satz. }'."] },
        { "roles: the same id twice, in flow style",
            "-- content/_data/rollen.yml --\n- { id: kommune, name: Kommune }\n- { id: kommune, name: Gemeinde }\n-- content/a.md --\n# A\n",
            ["content/_data/rollen.yml(2,9): error LOT0167: Entry 2 of rollen repeats 'id: kommune' of entry 1. Give each entry its own id, or merge the two. Write it like '- { id: koordination, name: Koordination, kurz: KO }'."] },
        { "glossary: a misspelt key, at the key, with the closest one",
            "-- content/_data/glossar.yml --\n- begriff: OZG\n  erklärung: Gesetz.\n  farbe: blau\n-- content/a.md --\n# A\n",
            ["content/_data/glossar.yml(2,3): warning LOT0174: 'erklärung' in entry 1 of glossar is not a key Lotse knows (did you mean 'erklaerung'?). Layouts can still read it; if it is a typo, correct it.",
             "content/_data/glossar.yml(3,3): warning LOT0174: 'farbe' in entry 1 of glossar is not a key Lotse knows. Layouts can still read it; if it is a typo, correct it."] },
        { "a page's role that rollen.yml does not have, with the closest one",
            "-- content/_data/rollen.yml --\n- id: kommune\n  name: Kommune\n- id: land\n  name: Land\n-- content/a.md --\n---\ntitle: A\nrollen: [kommune, komune]\n---\nText.\n",
            ["content/a.md(3,9): error LOT0175: 'rollen' names the role 'komune' (did you mean 'kommune'?), which content/_data/rollen.yml does not have. Write role ids from content/_data/rollen.yml (kommune, land), like 'rollen: [kommune]'."] },
        { "roles of a folder that are a number, at the _dir.yml",
            "-- content/_data/rollen.yml --\n- id: kommune\n  name: Kommune\n-- content/teil/_dir.yml --\nrollen: 5\n-- content/teil/a.md --\n# A\n-- content/teil/b.md --\n# B\n",
            ["content/teil/_dir.yml(1,9): error LOT0175: 'rollen' must be a role id or a list of role ids, not the number 5. Write role ids from content/_data/rollen.yml (kommune), like 'rollen: [kommune]'."] },
        { "draft in _dir.yml: ja",
            "-- content/teil/_dir.yml --\ndraft: ja\n-- content/teil/a.md --\n# A\n",
            ["content/teil/_dir.yml(1,8): error LOT0163: 'draft' must be true or false (unquoted), not the text 'ja'. Write it like 'draft: true'."] },
        { "_dir.yml is not YAML",
            "-- content/teil/_dir.yml --\norder: [1,\n-- content/teil/a.md --\n# A\n",
            ["content/teil/_dir.yml(2,1): error LOT0106: Invalid YAML: While parsing a node, did not find expected node content. Fix the YAML syntax."] },
        { "data file is not YAML",
            "-- content/_data/zahlen.yml --\na: [1, 2\n-- content/a.md --\n# A\n",
            ["content/_data/zahlen.yml(2,1): error LOT0105: The data file does not parse: While parsing a flow sequence, did not find expected ',' or ']'. Fix its syntax."] },
        { "lotse.yml is not YAML",
            "-- lotse.yml --\ntitle: \"T\nlinks: files\n-- content/a.md --\n# A\n",
            ["lotse.yml(1,8): error LOT0001: While scanning a multi-line double-quoted scalar, found wrong indentation. Fix the YAML syntax of the configuration."] },
        { "language is a list",
            "-- lotse.yml --\ntitle: T\nlanguage: [de]\n-- content/a.md --\n# A\n",
            ["lotse.yml(2,11): error LOT0165: 'language' must be a text, not a list. Write it like 'language: de'."] },
        { "glossar begriff is a list",
            "-- content/_data/glossar.yml --\n- begriff: [a, b]\n  erklaerung: E.\n-- content/a.md --\n# A\n",
            ["content/_data/glossar.yml(1,12): error LOT0167: 'begriff' in entry 1 of glossar must be a text, not a list. Write it like '- { begriff: BGB, langform: Bürgerliches Gesetzbuch, erklaerung: Ein Satz. }'."] },
        { "rollen entry without id",
            "-- content/_data/rollen.yml --\n- name: Kommune\n  kurz: K\n-- content/a.md --\n# A\n",
            ["content/_data/rollen.yml(1,3): error LOT0167: Entry 1 of rollen has no 'id'. Write it like '- { id: koordination, name: Koordination, kurz: KO }'."] },
        { "nav.yml names a missing page",
            "-- content/_data/nav.yml --\n- fehlt\n-- content/a.md --\n# A\n",
            ["content/_data/nav.yml(1,3): warning LOT0405: The entry 'fehlt' names no page or folder. Remove it or fix the path."] },
        { "file name with backtick, pipe and star",
            "-- content/a`b|c*.md --\n# A\n",
            ["content/a`b|c*.md: error LOT0161: The name 'a`b|c*.md' contains '`' '|' '*', which break links. Rename it, e.g. to 'a-b-c.md' (letters, digits, '-', '_' and '.')."] },
        { "file name with a tab",
            "-- content/a\tb.md --\n# A\n",
            ["content/a\tb.md: error LOT0161: The name 'a\\u0009b.md' contains 'U+0009', which breaks links. Rename it, e.g. to 'a-b.md' (letters, digits, '-', '_' and '.')."] },
        { "static files differing only in case",
            "-- content/Bild.txt --\na\n-- content/bild.txt --\nb\n-- content/a.md --\n# A\n",
            ["content/bild.txt: error LOT0104: This file and 'content/Bild.txt' differ only in upper/lower case or in how umlauts are encoded; on Windows, macOS and in the ZIP download they are the same file. Rename or remove one of them."] },
        { "NFD file name alone",
            "-- content/mu\u0308ll.md --\n# A\n",
            ["content/mu\u0308ll.md: warning LOT0162: The name is not in Unicode NFC (macOS writes umlauts as two characters); links typed on other systems will not find it. Rename it (type the name again) or save it in NFC."] },
        { "quellen is a mapping",
            "-- content/a.md --\n---\ntitle: A\nquellen: { a: b }\n---\nText\n",
            ["content/a.md(3,10): error LOT0163: 'quellen' must be a list of addresses, not a mapping. Write it like 'quellen: [https://example.org/gesetz]'."] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Reports_exactly(string name, string files, string[] expected)
    {
        _ = name;
        await CatalogueCase.ReportsExactlyAsync(files, expected);
    }

    [Fact]
    public void With_the_first_part_the_catalogue_has_at_least_60_bad_inputs() =>
        (Cases.Count() + InputCatalogueTests.Cases.Count()).ShouldBeGreaterThanOrEqualTo(60);
}
