using System.Diagnostics;
using System.Text;
using Lotse.Tests.Testing;

namespace Lotse.Tests.Reliability;

/// <summary>
/// The catalogue of bad inputs (issue 10, point 1): each with the exact diagnostics Lotse prints, or,
/// for inputs that are merely unusual (BOM, CRLF, empty file, emoji), what the built site shows.
/// </summary>
public static class BadInputs
{
    private const string Roles = TestSite.MinimalTheme + """

        -- themes/default/assets/css/checklist.css --
        /* leer */
        -- themes/default/assets/js/checklist.js --
        // leer
        -- content/_data/rollen.yml --
        - id: kommune
          name: Kommune
        - id: land
          name: Land

        """;

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

    public static IReadOnlyList<BadInput> All { get; } =
    [
        // --- YAML -------------------------------------------------------------------------------------
        new("invalid YAML in front matter", """
            -- content/a.md --
            ---
            title: A
            tags: [eins, zwei
            ---
            Text
            """,
            ["content/a.md(4,1): error LOT0101: Invalid YAML in the front matter: While parsing a flow sequence, did not find expected ',' or ']'. Fix the YAML syntax."]),

        new("YAML alias bomb (billion laughs) in front matter", "-- content/a.md --\n---\n" + AliasBomb() + "---\n",
            ["content/a.md(8,10): error LOT0101: Invalid YAML in the front matter: The YAML expands to more than 2,000,000 values (an alias bomb?). Fix the YAML syntax."]),

        new("YAML alias bomb in a data file", "-- content/_data/bombe.yml --\n" + AliasBomb() + "-- content/a.md --\nx\n",
            ["content/_data/bombe.yml(7,10): error LOT0105: The data file does not parse: The YAML expands to more than 2,000,000 values (an alias bomb?). Fix its syntax."]),

        new("YAML nested 10,000 levels in front matter", "-- content/a.md --\n---\ntitle: " + new string('[', 10_000) + new string(']', 10_000) + "\n---\n",
            ["content/a.md(2,263): error LOT0101: Invalid YAML in the front matter: The YAML is nested deeper than 256 levels. Fix the YAML syntax."]),

        new("YAML nested 1,000 levels as block mappings in a data file", "-- content/a.md --\nx\n", [
            "content/_data/tief.yml(257,513): error LOT0105: The data file does not parse: The YAML is nested deeper than 256 levels. Fix its syntax."],
            Prepare: root => CatalogueSite.WriteText(root, "content/_data/tief.yml",
                string.Concat(Enumerable.Range(0, 1_000).Select(i => new string(' ', 2 * i) + "k:\n")))),

        new("front matter that never closes", """
            -- content/a.md --
            ---
            title: A
            Text ohne Ende
            """,
            ["content/a.md(1,1): error LOT0102: The front matter starts with '---' but never closes. Add a line '---' after the last front matter line."]),

        new("front matter that is a list, not a mapping", """
            -- content/a.md --
            ---
            - eins
            ---
            """,
            ["content/a.md(2,1): error LOT0101: The front matter must be a YAML mapping (key: value lines)."]),

        new("invalid lotse.yml", """
            -- lotse.yml --
            title: [kaputt
            -- content/a.md --
            x
            """,
            ["lotse.yml(2,1): error LOT0001: While parsing a flow sequence, did not find expected ',' or ']'. Fix the YAML syntax of the configuration."]),

        // --- Encodings, line endings, sizes -------------------------------------------------------------
        new("invalid UTF-8", "-- content/a.md --\nx\n",
            ["content/a.md: error LOT0002: The file is not valid UTF-8 (at byte 7). Save it as UTF-8."],
            Prepare: root => CatalogueSite.WriteBytes(root, "content/a.md", [.. "Gr\xFC\xDFe"u8.ToArray()[..2], (byte)'-', (byte)'-', (byte)'-', (byte)'-', (byte)'-', 0xFC, 0xDF, (byte)'e'])),

        new("UTF-8 byte order mark before the front matter", "-- content/a.md --\nx\n", [],
            Prepare: root => CatalogueSite.WriteBytes(root, "content/a.md", [0xEF, 0xBB, 0xBF, .. "---\ntitle: Mit BOM\n---\nText\n"u8.ToArray()]),
            Succeeds: true,
            Then: site => site.AssertFile("a/index.html", "<title>Mit BOM</title>", "<p>Text</p>", "! \uFEFF", "! ---")),

        new("CRLF line endings (positions still right)", "-- content/a.md --\nx\n",
            ["content/a.md(5,6): error LOT0401: Link 'fehlt.md' points to 'content/fehlt.md', which does not exist. Check the path; it is relative to this file."],
            Prepare: root => File.WriteAllText(Path.Combine(root, "content/a.md"), "---\r\ntitle: CRLF\r\n---\r\n\r\nText [x](fehlt.md)\r\n")),

        new("mixed line endings (CRLF, LF and lone CR)", "-- content/a.md --\nx\n", [],
            Prepare: root => File.WriteAllText(Path.Combine(root, "content/a.md"), "---\r\ntitle: Gemischt\n---\rEins\r\n\r\nZwei\n\nDrei\r\r## Vier\n"),
            Succeeds: true,
            Then: site => site.AssertFile("a/index.html", "<title>Gemischt</title>", "<p>Eins</p>", "<p>Zwei</p>", "<p>Drei</p>", "<h2 id=\"vier\">Vier</h2>", "! \r")),

        new("empty Markdown file", "-- content/leer.md --\nx\n", [],
            Prepare: root => File.WriteAllBytes(Path.Combine(root, "content/leer.md"), []),
            Succeeds: true,
            Then: site => site.AssertFile("leer/index.html", "<title>Leer</title>", "<h1>Leer</h1></main>")),

        new("a 50 MB Markdown file", "-- content/a.md --\nx\n",
            ["content/gross.md: error LOT0002: The file has 52,428,800 bytes; Lotse reads files of up to 8 MB. Split it into smaller files."],
            Prepare: root => WriteLarge(Path.Combine(root, "content/gross.md"), 50 * 1024 * 1024, "Ein Absatz mit etwas Text, der sich wiederholt.\n\n")),

        new("a binary file named .md", "-- content/a.md --\nx\n",
            ["content/bild.md: error LOT0002: The file is binary, not text (it contains NUL bytes). Remove it or give it another extension."],
            Prepare: root => CatalogueSite.WriteBytes(root, "content/bild.md", Png)),

        // --- Templates -----------------------------------------------------------------------------------
        new("unknown layout", """
            -- content/a.md --
            ---
            layout: gibtsnicht
            ---
            """,
            ["content/a.md(2,9): error LOT0201: The layout 'gibtsnicht' does not exist. Use one of: page, section."]),

        new("template syntax error", TestTheme("{{ if page.title }") + "-- content/a.md --\nx\n",
            [
                "themes/default/layouts/page.html(1,18): error LOT0202: Invalid token found `}`. Expecting <EOL>/end of line. Fix the template syntax.",
                "themes/default/layouts/page.html(1,18): error LOT0202: Unexpected } while no matching {. Fix the template syntax.",
            ]),

        new("template runtime error (null access)", TestTheme("<main>\n{{ page.nichtda.feld }}</main>") + "-- content/a.md --\nx\n",
            ["themes/default/layouts/page.html(2,17): error LOT0203: Cannot get the member page.nichtda.feld for a null object (while rendering 'content/a.md'). Fix the template or the page's front matter."]),

        new("template include of a file outside the site", TestTheme("{{ include \"../../../etc/passwd\" }}") + "-- content/a.md --\nx\n",
            ["themes/default/layouts/page.html(1,4): error LOT0203: The partial 'partials/../../../etc/passwd' does not exist in any theme (while rendering 'content/a.md'). Fix the template or the page's front matter."]),

        // --- Checklists -----------------------------------------------------------------------------------
        new("unknown role in a checklist", Roles + """
            -- content/a.md --
            ::: checkliste id="liste" titel="Liste"
            - [ ] Aufgabe {#aufgabe rollen="kommune gemeinde" dimension="technisch"}
            :::
            """,
            ["content/a.md(2,25): error LOT0502: Unknown role 'gemeinde' in the item 'aufgabe'. Use role ids from content/_data/rollen.yml: kommune, land."]),

        new("unknown dimension in a checklist", Roles + """
            -- lotse.yml --
            checklists:
              dimensions: { organisatorisch: Organisatorische Aufgaben, rechtlich: Rechtliche Aufgaben, finanziell: Finanzielle Aufgaben, technisch: Technische Aufgaben }
            -- content/a.md --
            ::: checkliste id="liste" titel="Liste"
            - [ ] Aufgabe {#aufgabe rollen="kommune" dimension="technik"}
            :::
            """,
            ["content/a.md(2,42): error LOT0503: Unknown dimension 'technik' in the item 'aufgabe'. Use one of: organisatorisch, rechtlich, finanziell, technisch."]),

        new("duplicate checklist item ids", Roles + """
            -- content/a.md --
            ::: checkliste id="liste" titel="Liste"
            - [ ] Eins {#gleich rollen="kommune" dimension="technisch"}
            - [ ] Zwei {#gleich rollen="land" dimension="rechtlich"}
            :::
            """,
            ["content/a.md(3,1): error LOT0504: The item id 'gleich' is already used at content/a.md(2,1). Give each item its own id ({#…})."]),

        // --- Paths ----------------------------------------------------------------------------------------
        new("two pages with the same output path", """
            -- content/a.md --
            eins
            -- content/a/index.md --
            zwei
            """,
            ["content/a/index.md: error LOT0104: This page and 'content/a.md' would both be written to 'a/index.html'. Rename or move one of them."]),

        new("an alias that collides with a page", """
            -- content/a.md --
            ---
            aliases: [b]
            ---
            -- content/b.md --
            B
            """,
            ["content/a.md: error LOT0404: The alias 'b' would overwrite 'b/index.html' of 'content/b.md'. Remove the alias or move the other page."]),

        new("an alias that leaves the site", """
            -- content/a.md --
            ---
            aliases: [../../etc/passwd]
            ---
            """,
            ["content/a.md: error LOT0404: The alias '../../etc/passwd' is not a path inside the site. Write it like 'alte/adresse'."]),

        new("a link that escapes the content folder", """
            -- content/a.md --
            Siehe [Passwörter](../../etc/passwd).
            """,
            ["content/a.md(1,7): error LOT0403: Link '../../etc/passwd' leaves the content folder. Link only to pages and files inside content/."]),

        new("a percent-encoded link that escapes the content folder", """
            -- content/a.md --
            Siehe [Passwörter](%2e%2e/%2e%2e/etc/passwd).
            """,
            ["content/a.md(1,7): error LOT0403: Link '%2e%2e/%2e%2e/etc/passwd' leaves the content folder. Link only to pages and files inside content/."]),

        new("_pages.yml naming a path outside the site as data", """
            -- content/_data/rollen.yml --
            - id: kommune
            -- content/x/_pages.yml --
            data: ../../../etc/passwd
            layout: page
            -- content/a.md --
            x
            """,
            ["content/x/_pages.yml(1,1): error LOT0107: The data file '../../../etc/passwd' does not exist. Known data files: rollen."]),

        new("_pages.yml entry whose key is only emoji", """
            -- content/_data/feste.yml --
            - id: "🎉🎉"
              title: Feier
            -- content/x/_pages.yml --
            data: feste
            layout: page
            -- content/a.md --
            x
            """,
            ["content/x/_pages.yml(1,1): error LOT0107: Entry 1 of 'feste' has the id '🎉🎉', which has no letters or digits for its URL. Give it a id with letters or digits."]),

        // --- The file system -----------------------------------------------------------------------------
        new("a symlink loop in content/ (folder linking to its parent)", """
            -- content/a.md --
            x
            -- content/ordner/b.md --
            y
            """,
            ["content/ordner/schleife: warning LOT0002: The folder is a symbolic link and is skipped (links could loop). Copy the files instead."],
            Prepare: root => CatalogueSite.Symlink(root, "content/ordner/schleife", ".."),
            Succeeds: true),

        new("a file symlink that points to itself", "-- content/a.md --\nx\n",
            ["content/kreis.md: error LOT0002: The file cannot be read (Too many levels of symbolic links). Check the file."],
            Prepare: root => CatalogueSite.Symlink(root, "content/kreis.md", "kreis.md")),

        new("a file that vanishes between listing and reading (dangling symlink)", "-- content/a.md --\nx\n",
            ["content/weg.md: error LOT0002: The file vanished while the build was reading it. Build again."],
            Prepare: root => CatalogueSite.Symlink(root, "content/weg.md", "gibt-es-nicht.md")),

        new("an image that vanishes between listing and copying (dangling symlink)", "-- content/a.md --\nx\n",
            ["content/weg.png: error LOT0002: The file vanished while the build was reading it. Build again."],
            Prepare: root => CatalogueSite.Symlink(root, "content/weg.png", "gibt-es-nicht.png")),

        new("a named pipe (FIFO) named .md, which would block a plain read forever", "-- content/a.md --\nx\n",
            ["content/rohr.md: error LOT0002: The file is not a regular file (it is a named pipe or socket). Remove it from content/."],
            Prepare: root => MakeFifo(Path.Combine(root, "content/rohr.md"))),

        new("a named pipe as an asset in content/", "-- content/a.md --\nx\n",
            ["content/rohr.png: error LOT0002: The file is not a regular file (it is a named pipe or socket). Remove it from content/."],
            Prepare: root => MakeFifo(Path.Combine(root, "content/rohr.png"))),

        new("a data file with a million rows", "-- content/a.md --\nx\n",
            ["content/_data/zeilen.csv(100002,1): error LOT0105: The data file does not parse: The CSV has more than 100,000 rows (split it into smaller files). Fix its syntax."],
            Prepare: root => CatalogueSite.WriteText(root, "content/_data/zeilen.csv",
                "n\n" + string.Concat(Enumerable.Range(0, 1_000_000).Select(i => $"{i}\n")))),

        // --- Markdown --------------------------------------------------------------------------------------
        new("<script> in Markdown (a warning)", """
            -- content/a.md --
            <script>alert(1)</script>
            """,
            ["content/a.md(1,1): warning LOT0301: The Markdown contains a <script> element, which the site's Content-Security-Policy blocks. Remove it; scripts belong in the theme."],
            Succeeds: true),

        new("<script> in Markdown with --strict (fails)", """
            -- content/a.md --
            Text <script>alert(1)</script>
            """,
            ["content/a.md(1,6): warning LOT0301: The Markdown contains a <script> element, which the site's Content-Security-Policy blocks. Remove it; scripts belong in the theme."],
            Strict: true),

        new("a title of emoji only (front matter, heading and file name)", """
            -- content/🎉.md --
            ---
            title: "🎉🎈"
            ---
            ## 🎂
            [zurück](index.md)
            -- content/index.md --
            [Feier](🎉.md)
            """,
            [],
            Succeeds: true,
            Then: site =>
            {
                site.AssertFile("🎉/index.html", "<title>🎉🎈</title>", "<h2 id=\"abschnitt\">🎂</h2>", "href=\"../index.html\"");
                site.AssertFile("index.html", "href=\"%F0%9F%8E%89/index.html\"");
            }),

        new("lists nested 10,000 levels deep", "-- content/a.md --\nText\n\n" + string.Concat(Enumerable.Repeat("- ", 10_000)) + "tief\n",
            ["content/a.md(3,1): error LOT0302: Lists or quotes are nested more than 64 levels deep here. Flatten the structure."]),

        new("lists nested by indentation 2,000 levels deep", "-- content/a.md --\n" + string.Concat(Enumerable.Range(0, 2_000).Select(i => new string(' ', 2 * i) + "- Punkt\n")),
            ["content/a.md(65,1): error LOT0302: Lists or quotes are nested more than 64 levels deep here. Flatten the structure."]),

        new("block quotes nested 10,000 levels deep", "-- content/a.md --\n" + new string('>', 10_000) + " tief\n",
            ["content/a.md(1,1): error LOT0302: Lists or quotes are nested more than 64 levels deep here. Flatten the structure."]),

        new("emphasis nested 10,000 levels deep", "-- content/a.md --\n" + new string('*', 10_000) + "x" + new string('*', 10_000) + "\n",
            ["content/a.md(1,1): error LOT0302: The Markdown is nested too deeply to parse (emphasis, links or blocks inside each other thousands of times). Simplify it."]),
    ];

    private static string TestTheme(string page) => """
        -- themes/default/layouts/_base.html --
        <!DOCTYPE html><html lang="de"><head><title>{{ page.title }}</title></head><body>{{ body }}</body></html>
        -- themes/default/layouts/section.html --
        <main>{{ page.content }}</main>
        -- themes/default/layouts/page.html --

        """ + page + "\n";

    /// <summary>Ten levels of ten aliases each: 10^10 values if expanded.</summary>
    private static string AliasBomb()
    {
        var yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 10; i++)
            yaml.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        return yaml.ToString();
    }

    private static void WriteLarge(string path, long size, string paragraph)
    {
        using var stream = File.Create(path);
        var block = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(paragraph, 1000)));
        long written = 0;
        while (written < size)
        {
            var n = (int)Math.Min(block.Length, size - written);
            stream.Write(block, 0, n);
            written += n;
        }
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]))!;
        mkfifo.WaitForExit();
        if (mkfifo.ExitCode != 0) throw new InvalidOperationException($"mkfifo failed for {path}");
    }
}
