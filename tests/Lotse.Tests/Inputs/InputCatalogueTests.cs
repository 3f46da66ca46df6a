using Lotse.Tests.Testing;
using Shouldly;

namespace Lotse.Tests.Inputs;

/// <summary>Issue 19: bad inputs of every kind, each a whole mini-site, each with the exact diagnostics (all of them,
/// at once, with line and column). No input is accepted silently.</summary>
public sealed class InputCatalogueTests
{
    public static TheoryData<string, string, string[]> Cases => new()
    {
        // --- front matter types -----------------------------------------------------------------------
        { "title is a list", """
            -- content/a.md --
            ---
            title: [a, b]
            ---
            Text
            """, ["content/a.md(2,8): error LOT0163: 'title' must be a text, not a list. Write it like 'title: Antrag stellen'."] },
        { "order is text", """
            -- content/a.md --
            ---
            title: A
            order: abc
            ---
            """, ["content/a.md(3,8): error LOT0163: 'order' must be a number, not the text 'abc'. Write it like 'order: 10'."] },
        { "tags is a number", """
            -- content/a.md --
            ---
            title: A
            tags: 5
            ---
            """, [] },
        { "tags is a mapping", """
            -- content/a.md --
            ---
            title: A
            tags: { a: b }
            ---
            """, ["content/a.md(3,7): error LOT0163: 'tags' must be a text or a list of texts, not a mapping. Write it like 'tags: [Frist, Recht]'."] },
        { "tags holds a list", """
            -- content/a.md --
            ---
            title: A
            tags: [a, [b]]
            ---
            """, ["content/a.md(3,7): error LOT0163: 'tags' must be a text or a list of texts, not a list with a list. Write it like 'tags: [Frist, Recht]'."] },
        { "draft: yes", """
            -- content/a.md --
            ---
            title: A
            draft: yes
            ---
            """, ["content/a.md(3,8): error LOT0163: 'draft' must be true or false (unquoted), not the text 'yes'. Write it like 'draft: true'."] },
        { "draft: \"true\"", """
            -- content/a.md --
            ---
            title: A
            draft: "true"
            ---
            """, ["content/a.md(3,8): error LOT0163: 'draft' must be true or false (unquoted), not the text 'true'. Write it like 'draft: true'."] },
        { "nav: nein", """
            -- content/a.md --
            ---
            title: A
            nav: nein
            ---
            """, ["content/a.md(3,6): error LOT0163: 'nav' must be true or false (unquoted), not the text 'nein'. Write it like 'nav: false'."] },
        { "glossar (a feature's key): 0", """
            -- content/a.md --
            ---
            title: A
            glossar: 0
            ---
            """, ["content/a.md(3,10): error LOT0163: 'glossar' must be true or false (unquoted), not the number 0. Write it like 'glossar: false'."] },
        { "stand is no calendar date", """
            -- content/a.md --
            ---
            title: A
            stand: 2024-13-45
            ---
            """, ["content/a.md(3,8): error LOT0164: 'stand' must be a calendar date YYYY-MM-DD, and '2024-13-45' is none. Write it like 'stand: 2024-07-01'."] },
        { "stand: 30.2.2024", """
            -- content/a.md --
            ---
            title: A
            stand: 30.02.2024
            ---
            """, ["content/a.md(3,8): error LOT0164: 'stand' must be a calendar date YYYY-MM-DD, and '30.02.2024' is none. Write it like 'stand: 2024-07-01'."] },
        { "stand: 2023-02-29 (no leap year)", """
            -- content/a.md --
            ---
            title: A
            stand: 2023-02-29
            ---
            """, ["content/a.md(3,8): error LOT0164: 'stand' must be a calendar date YYYY-MM-DD, and '2023-02-29' is none. Write it like 'stand: 2024-07-01'."] },
        { "several wrong keys: all reported at once", """
            -- content/a.md --
            ---
            title: A
            order: zehn
            draft: ja
            stand: gestern
            ---
            """, [
                "content/a.md(3,8): error LOT0163: 'order' must be a number, not the text 'zehn'. Write it like 'order: 10'.",
                "content/a.md(4,8): error LOT0163: 'draft' must be true or false (unquoted), not the text 'ja'. Write it like 'draft: true'.",
                "content/a.md(5,8): error LOT0164: 'stand' must be a calendar date YYYY-MM-DD, and 'gestern' is none. Write it like 'stand: 2024-07-01'.",
            ] },
        { "wrong type in _dir.yml", """
            -- content/x/_dir.yml --
            order: erstens
            -- content/x/index.md --
            # X
            """, ["content/x/_dir.yml(1,8): error LOT0163: 'order' must be a number, not the text 'erstens'. Write it like 'order: 10'."] },

        // --- script URLs ------------------------------------------------------------------------------
        { "quellen: javascript:", """
            -- content/a.md --
            ---
            title: A
            quellen:
              - https://example.org/
              - javascript:alert(1)
            ---
            """, ["content/a.md(5,5): error LOT0160: 'quellen' holds the URL 'javascript:alert(1)'. 'javascript:' URLs are not allowed (they can run script or leave the web). Use an address starting with https://, a mailto: or tel: link, or a relative link."] },
        { "quellen: JaVa\tScRiPt: with tab", "-- content/a.md --\n---\ntitle: A\nquellen: [\" JaVa\\tScRiPt:alert(1)\"]\n---\n",
            ["content/a.md(3,11): error LOT0160: 'quellen' holds the URL ' JaVa\tScRiPt:alert(1)'. 'javascript:' URLs are not allowed (they can run script or leave the web). Use an address starting with https://, a mailto: or tel: link, or a relative link."] },
        { "quellen: data: and vbscript:", """
            -- content/a.md --
            ---
            title: A
            quellen: ["data:text/html,<script>alert(1)</script>", "vbscript:msgbox"]
            ---
            """, [
                "content/a.md(3,11): error LOT0160: 'quellen' holds the URL 'data:text/html,<script>alert(1)</script>'. 'data:' URLs are not allowed (they can run script or leave the web). Use an address starting with https://, a mailto: or tel: link, or a relative link.",
                "content/a.md(3,55): error LOT0160: 'quellen' holds the URL 'vbscript:msgbox'. 'vbscript:' URLs are not allowed (they can run script or leave the web). Use an address starting with https://, a mailto: or tel: link, or a relative link.",
            ] },
        { "quellen: file:", """
            -- content/a.md --
            ---
            title: A
            quellen: [file:///etc/passwd]
            ---
            """, ["content/a.md(3,11): error LOT0160: 'quellen' holds the URL 'file:///etc/passwd'. 'file:' URLs are not allowed (they can run script or leave the web). Use an address starting with https://, a mailto: or tel: link, or a relative link."] },
        { "a layout's own key holding javascript:", """
            -- content/a.md --
            ---
            title: A
            weiter: "javascript:alert(document.cookie)"
            ---
            """, ["content/a.md(3,9): error LOT0160: 'weiter' holds the URL 'javascript:alert(document.cookie)'. 'javascript:' URLs are not allowed (they can run script or leave the web). Use an address starting with https://, a mailto: or tel: link, or a relative link."] },
        { "data file: url key with javascript:", """
            -- content/_data/links.yml --
            - name: Amt
              url: javascript:alert(1)
            -- content/a.md --
            # A
            """, ["content/_data/links.yml(2,8): error LOT0160: 'url' holds the URL 'javascript:alert(1)'. 'javascript:' URLs are not allowed (they can run script or leave the web). Use an address starting with https://, a mailto: or tel: link, or a relative link."] },
        { "data file: url key with ftp:", """
            -- content/_data/links.yml --
            - name: Amt
              url: ftp://example.org/
            -- content/a.md --
            # A
            """, ["content/_data/links.yml(2,8): error LOT0160: 'url' holds the URL 'ftp://example.org/'. 'ftp:' URLs are not allowed (they can run script or leave the web). Use an address starting with https://, a mailto: or tel: link, or a relative link."] },

        // --- names ------------------------------------------------------------------------------------
        { "file name with HTML", """
            -- content/<img src=x onerror=alert(1)>.md --
            # A
            """, ["content/<img src=x onerror=alert(1)>.md: error LOT0161: The name '<img src=x onerror=alert(1)>.md' contains '<' '>', which break links. Rename it, e.g. to 'img src=x onerror=alert(1).md' (letters, digits, '-', '_' and '.')."] },
        { "file name javascript:", """
            -- content/javascript:alert(1).md --
            # A
            """, ["content/javascript:alert(1).md: error LOT0161: The name 'javascript:alert(1).md' contains ':', which breaks links. Rename it, e.g. to 'javascript-alert(1).md' (letters, digits, '-', '_' and '.')."] },
        { "file name with # ? %", """
            -- content/a#b?c%d.md --
            # A
            """, ["content/a#b?c%d.md: error LOT0161: The name 'a#b?c%d.md' contains '#' '?' '%', which break links. Rename it, e.g. to 'a-b-c-d.md' (letters, digits, '-', '_' and '.')."] },
        { "folder name with a quote", """
            -- content/a"b/index.md --
            # A
            """, ["content/a\"b: error LOT0161: The name 'a\"b' contains '\"', which breaks links. Rename it, e.g. to 'a-b' (letters, digits, '-', '_' and '.')."] },
        { "names differing only in case", """
            -- content/Foo.md --
            # A
            -- content/foo.md --
            # B
            """, ["content/foo.md: error LOT0104: This file and 'content/Foo.md' differ only in upper/lower case or in how umlauts are encoded; on Windows, macOS and in the ZIP download they are the same file. Rename or remove one of them."] },
        { "NFC and NFD twins", "-- content/m\u00fcll.md --\n# A\n-- content/mu\u0308ll.md --\n# B\n", [
            "content/m\u00fcll.md: error LOT0104: This file and 'content/mu\u0308ll.md' differ only in upper/lower case or in how umlauts are encoded; on Windows, macOS and in the ZIP download they are the same file. Rename or remove one of them.",
            "content/mu\u0308ll.md: warning LOT0162: The name is not in Unicode NFC (macOS writes umlauts as two characters); links typed on other systems will not find it. Rename it (type the name again) or save it in NFC.",
        ] },

        // --- lotse.yml --------------------------------------------------------------------------------
        { "theme: [~, default]", """
            -- lotse.yml --
            title: T
            theme: [~, default]
            -- content/a.md --
            # A
            """, ["lotse.yml(2,8): error LOT0165: 'theme' must be a text or a list of texts, not a list with an empty entry. Write it like 'theme: default'."] },
        { "links: 5", """
            -- lotse.yml --
            title: T
            links: 5
            -- content/a.md --
            # A
            """, ["lotse.yml(2,8): error LOT0165: 'links' must be one of 'files', 'directories', not the number 5. Write it like 'links: files'."] },
        { "search: \"ja\"", """
            -- lotse.yml --
            title: T
            search: "ja"
            -- content/a.md --
            # A
            """, ["lotse.yml(2,9): error LOT0165: 'search' must be true or false (unquoted), not the text 'ja'. Write it like 'search: true'."] },
        { "title is a mapping", """
            -- lotse.yml --
            title: { de: T }
            -- content/a.md --
            # A
            """, ["lotse.yml(1,8): error LOT0165: 'title' must be a text, not a mapping. Write it like 'title: Mein Handbuch'."] },
        { "editUrl: javascript:", """
            -- lotse.yml --
            title: T
            editUrl: "javascript:alert(1)//{path}"
            -- content/a.md --
            # A
            """, ["lotse.yml(2,10): error LOT0165: 'editUrl' must be an address starting with https:// or http://, not the text 'javascript:alert(1)//{path}'. Write it like 'editUrl: https://git.example.org/lotse/-/edit/main/{path}'."] },
        { "baseUrl without scheme", """
            -- lotse.yml --
            title: T
            baseUrl: example.org
            -- content/a.md --
            # A
            """, ["lotse.yml(2,10): error LOT0165: 'baseUrl' must be an address starting with https:// or http://, not the text 'example.org'. Write it like 'baseUrl: https://lotse.example.org/'."] },
        { "checks with wrong types", """
            -- lotse.yml --
            title: T
            checks:
              readability: hoch
              passiveShare: 3
              genderTerms: [Mitarbeiter]
            -- content/a.md --
            # A
            """, [
                "lotse.yml(3,16): error LOT0165: 'checks: readability' must be a number, not the text 'hoch'. Write it like 'readability: 30'.",
                "lotse.yml(4,17): error LOT0165: 'checks: passiveShare' must be a number from 0 to 1, not the number 3. Write it like 'passiveShare: 0.5'.",
                "lotse.yml(5,16): error LOT0165: 'checks: genderTerms' must be a mapping from text to text, not a list. Write it like 'genderTerms: { Mitarbeiter: Mitarbeitende }'.",
            ] },
        { "checks is a list", """
            -- lotse.yml --
            title: T
            checks: [readability]
            -- content/a.md --
            # A
            """, ["lotse.yml(2,9): error LOT0165: 'checks' must be a mapping (key: value lines below it), not a list. Write it like 'checks: { readability: 30 }'."] },
        { "unknown key close to a known one", """
            -- lotse.yml --
            title: T
            serach: true
            -- content/a.md --
            # A
            """, ["lotse.yml(2,1): warning LOT0166: 'serach' is not a setting Lotse knows (did you mean 'search'?). Layouts can still read it as site.serach; if it is a typo, correct it."] },
        { "unknown key far from all", """
            -- lotse.yml --
            title: T
            farbe: blau
            -- content/a.md --
            # A
            """, ["lotse.yml(2,1): warning LOT0166: 'farbe' is not a setting Lotse knows. Layouts can still read it as site.farbe; if it is a typo, correct it."] },
        { "unknown key inside checks", """
            -- lotse.yml --
            title: T
            checks:
              readabilty: 40
            -- content/a.md --
            # A
            """, ["lotse.yml(3,3): warning LOT0166: 'checks: readabilty' is not a setting Lotse knows (did you mean 'readability'?). Correct or remove it."] },
        { "offline: ja", """
            -- lotse.yml --
            title: T
            offline: ja
            -- content/a.md --
            # A
            """, ["lotse.yml(2,10): error LOT0165: 'offline' must be false or a mapping, not the text 'ja'. Write it like 'offline: { archive: website.zip }'."] },

        // --- data files with a known shape ------------------------------------------------------------
        { "nav.yml is a mapping", """
            -- content/_data/nav.yml --
            leitfaden: 1
            -- content/a.md --
            # A
            """, ["content/_data/nav.yml(1,1): error LOT0167: nav must be a list (lines starting with '- '), not a mapping. Write it like '- anleitungen/index.md' or '- Grundlagen: [ anleitungen/start.md, { title: Recht, pages: [recht] } ]'."] },
        { "nav.yml entry is a mapping", """
            -- content/_data/nav.yml --
            - a.md
            - { b: c, d: e }
            -- content/a.md --
            # A
            """, ["content/_data/nav.yml(2,3): error LOT0167: Entry 2 of nav must be a path, 'Titel: path', 'Titel: [list]' or '{ title, page, pages }', not a mapping. Write it like '- anleitungen/index.md' or '- Grundlagen: [ anleitungen/start.md, { title: Recht, pages: [recht] } ]'."] },
        { "glossar.yml is a mapping", """
            -- content/_data/glossar.yml --
            OZG: Onlinezugangsgesetz
            -- content/a.md --
            # A
            """, ["content/_data/glossar.yml(1,1): error LOT0167: glossar must be a list (lines starting with '- '), not a mapping. Write it like '- { begriff: BGB, langform: Bürgerliches Gesetzbuch, erklaerung: Ein Satz. }'."] },
        { "glossar entry without begriff, synonyme a mapping", """
            -- content/_data/glossar.yml --
            - langform: Onlinezugangsgesetz
            - begriff: EfA
              synonyme: { a: b }
            -- content/a.md --
            # A
            """, [
                "content/_data/glossar.yml(3,13): error LOT0167: 'synonyme' in entry 2 of glossar must be a text or a list of texts, not a mapping. Write it like '- { begriff: BGB, langform: Bürgerliches Gesetzbuch, erklaerung: Ein Satz. }'.",
                "content/_data/glossar.yml(1,3): error LOT0167: Entry 1 of glossar has no 'begriff'. Write it like '- { begriff: BGB, langform: Bürgerliches Gesetzbuch, erklaerung: Ein Satz. }'.",
            ] },
        { "rollen.yml entries are texts", """
            -- content/_data/rollen.yml --
            - kommune
            - land
            -- content/a.md --
            # A
            """, [
                "content/_data/rollen.yml(1,3): error LOT0167: Entry 1 of rollen must be a mapping (key: value lines), not the text 'kommune'. Write it like '- { id: koordination, name: Koordination, kurz: KO }'.",
                "content/_data/rollen.yml(2,3): error LOT0167: Entry 2 of rollen must be a mapping (key: value lines), not the text 'land'. Write it like '- { id: koordination, name: Koordination, kurz: KO }'.",
            ] },
        { "rollen.yml name is a list", """
            -- content/_data/rollen.yml --
            - id: kommune
              name: [Kommune, Gemeinde]
            -- content/a.md --
            # A
            """, ["content/_data/rollen.yml(2,9): error LOT0167: 'name' in entry 1 of rollen must be a text, not a list. Write it like '- { id: koordination, name: Koordination, kurz: KO }'."] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Reports_exactly(string name, string files, string[] expected)
    {
        _ = name;
        using var site = await TestSite.BuildAsync(files, write: false);
        site.Diagnostics.ShouldBe(expected, ignoreOrder: true);
        site.Result.Succeeded.ShouldBe(expected.All(d => !d.Contains(": error ", StringComparison.Ordinal)));
    }
}
