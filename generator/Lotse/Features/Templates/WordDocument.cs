using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Lotse.Features.Templates;

/// <summary>
/// Writes Markdown as an editable Word document (.docx) with DocumentFormat.OpenXml, from Markdig's syntax tree:
/// headings (Word's heading styles, so the navigation pane and the table of contents know them), paragraphs,
/// bulleted and numbered lists (nested), tables (the header row bold and repeated on each page), block quotes,
/// code, bold, italic, inline code and links. The same Markdown gives the same bytes: the package properties and every
/// ZIP entry carry a fixed time (<see cref="FixedTime"/>), and the entries are written in a fixed order.
/// </summary>
internal static class WordDocument
{
    /// <summary>The time of every document and ZIP entry (a fixed one, so two builds give the same bytes).</summary>
    public static readonly DateTime FixedTime = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private const int BulletList = 1;
    private const int NumberedList = 2;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().Build();

    public static byte[] FromMarkdown(string markdown, string title, string language)
    {
        using var package = new MemoryStream();
        using (var document = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = Styles(language);
            var numbering = main.AddNewPart<NumberingDefinitionsPart>();
            var writer = new Writer(main);
            var body = new W.Body();
            foreach (var block in Markdown.Parse(markdown, Pipeline)) writer.Block(block, body, 0);
            body.Append(new W.SectionProperties(
                new W.PageSize { Width = 11906, Height = 16838 },
                new W.PageMargin { Top = 1417, Right = 1417, Bottom = 1134, Left = 1417, Header = 708, Footer = 708, Gutter = 0 }));
            main.Document = new W.Document(body);
            numbering.Numbering = writer.Numbering();

            var properties = document.PackageProperties;
            properties.Title = title;
            properties.Language = language;
            properties.Created = FixedTime;
            properties.Modified = FixedTime;
        }
        return Repack(package.ToArray());
    }

    /// <summary>The package again, its entries in name order with the fixed time and relationship ids numbered in the
    /// order they appear (System.IO.Packaging stamps entries with the clock, the SDK names relationships at random).</summary>
    private static byte[] Repack(byte[] docx)
    {
        var entries = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        using (var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read))
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                entries[entry.FullName] = copy.ToArray();
            }
        RelationshipIds.Renumber(entries);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            // [Content_Types].xml first, as Word and the packaging specification expect.
            foreach (var (name, bytes) in entries.OrderBy(e => e.Key == "[Content_Types].xml" ? 0 : 1).ThenBy(e => e.Key, StringComparer.Ordinal))
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = new DateTimeOffset(FixedTime);
                using var stream = entry.Open();
                stream.Write(bytes);
            }
        }
        return output.ToArray();
    }

    private sealed class Writer(MainDocumentPart main)
    {
        private readonly List<W.NumberingInstance> _numbered = [];
        private int _links;

        public void Block(Block block, OpenXmlElement parent, int depth, int? list = null, int level = 0)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    parent.Append(Paragraph(heading.Inline, $"Heading{Math.Clamp(heading.Level, 1, 6)}"));
                    break;
                case Table table:
                    parent.Append(Table(table, depth));
                    parent.Append(new W.Paragraph()); // Word joins two tables without a paragraph between them
                    break;
                case ListBlock listBlock:
                    var numId = listBlock.IsOrdered ? NewNumbering(listBlock) : BulletList;
                    foreach (var item in listBlock.OfType<ListItemBlock>())
                    {
                        var first = true;
                        foreach (var child in item)
                        {
                            if (child is ParagraphBlock p && first)
                                parent.Append(ListParagraph(p.Inline, numId, level));
                            else if (child is ListBlock)
                                Block(child, parent, depth + 1, numId, level + 1);
                            else
                                Block(child, parent, depth + 1, numId, level);
                            first = false;
                        }
                    }
                    break;
                case QuoteBlock quote:
                    foreach (var child in quote)
                        if (child is ParagraphBlock p) parent.Append(Paragraph(p.Inline, "Quote"));
                        else Block(child, parent, depth + 1);
                    break;
                case ParagraphBlock paragraph:
                    parent.Append(list is { } id ? IndentedParagraph(paragraph.Inline, level) : Paragraph(paragraph.Inline, null));
                    break;
                case CodeBlock code:
                    foreach (var line in code.Lines.Lines.Take(code.Lines.Count))
                        parent.Append(new W.Paragraph(new W.ParagraphProperties(new W.ParagraphStyleId { Val = "Code" }), TextRun(line.ToString(), code: true)));
                    break;
                case ThematicBreakBlock:
                    parent.Append(new W.Paragraph(new W.ParagraphProperties(new W.ParagraphBorders(
                        new W.BottomBorder { Val = W.BorderValues.Single, Size = 6, Space = 1, Color = "808080" }))));
                    break;
                case ContainerBlock container:
                    foreach (var child in container) Block(child, parent, depth + 1, list, level);
                    break;
                case LeafBlock leaf when leaf.Inline is not null:
                    parent.Append(Paragraph(leaf.Inline, null));
                    break;
            }
        }

        private W.Paragraph Paragraph(ContainerInline? inline, string? style)
        {
            var paragraph = new W.Paragraph();
            if (style is not null) paragraph.Append(new W.ParagraphProperties(new W.ParagraphStyleId { Val = style }));
            Inlines(inline, paragraph, new Format());
            return paragraph;
        }

        private W.Paragraph ListParagraph(ContainerInline? inline, int numId, int level)
        {
            var paragraph = new W.Paragraph(new W.ParagraphProperties(
                new W.ParagraphStyleId { Val = "ListParagraph" },
                new W.NumberingProperties(new W.NumberingLevelReference { Val = Math.Min(level, 8) }, new W.NumberingId { Val = numId })));
            Inlines(inline, paragraph, new Format());
            return paragraph;
        }

        private W.Paragraph IndentedParagraph(ContainerInline? inline, int level)
        {
            var paragraph = new W.Paragraph(new W.ParagraphProperties(
                new W.ParagraphStyleId { Val = "ListParagraph" },
                new W.Indentation { Left = (720 * (level + 1)).ToString(System.Globalization.CultureInfo.InvariantCulture) }));
            Inlines(inline, paragraph, new Format());
            return paragraph;
        }

        private W.Table Table(Table table, int depth)
        {
            var columns = Math.Max(1, table.ColumnDefinitions.Count > 0 ? table.ColumnDefinitions.Count : table.OfType<TableRow>().Max(r => r.Count));
            var width = 9072 / columns; // the text width of an A4 page with the margins above, in twentieths of a point
            var result = new W.Table(new W.TableProperties(
                new W.TableStyle { Val = "TableGrid" },
                new W.TableWidth { Width = "5000", Type = W.TableWidthUnitValues.Pct },
                new W.TableLook { Val = "04A0" }));
            var grid = new W.TableGrid();
            for (var i = 0; i < columns; i++) grid.Append(new W.GridColumn { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            result.Append(grid);
            foreach (var row in table.OfType<TableRow>())
            {
                var tableRow = new W.TableRow();
                if (row.IsHeader) tableRow.Append(new W.TableRowProperties(new W.TableHeader()));
                var cells = row.OfType<TableCell>().ToList();
                for (var i = 0; i < columns; i++)
                {
                    var cell = new W.TableCell(new W.TableCellProperties(new W.TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa }));
                    var paragraphs = i < cells.Count ? cells[i].OfType<ParagraphBlock>().ToList() : [];
                    foreach (var p in paragraphs)
                    {
                        var paragraph = new W.Paragraph();
                        Inlines(p.Inline, paragraph, new Format(Bold: row.IsHeader));
                        cell.Append(paragraph);
                    }
                    if (paragraphs.Count == 0) cell.Append(new W.Paragraph()); // a cell needs a paragraph, even an empty one
                    tableRow.Append(cell);
                }
                result.Append(tableRow);
            }
            return result;
        }

        private void Inlines(ContainerInline? container, OpenXmlElement parent, Format format)
        {
            if (container is null) return;
            foreach (var inline in container)
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        parent.Append(TextRun(literal.Content.ToString(), format));
                        break;
                    case EmphasisInline emphasis:
                        var strong = emphasis.DelimiterCount >= 2 && emphasis.DelimiterChar is '*' or '_';
                        var struck = emphasis.DelimiterChar == '~';
                        Inlines(emphasis, parent, format with
                        {
                            Bold = format.Bold || strong,
                            Italic = format.Italic || (!strong && !struck) || emphasis.DelimiterCount == 3,
                            Strike = format.Strike || struck,
                        });
                        break;
                    case CodeInline code:
                        parent.Append(TextRun(code.Content, format, code: true));
                        break;
                    case LinkInline { IsImage: true } image:
                        parent.Append(TextRun(image.Title is { Length: > 0 } t ? t : PlainText(image), format));
                        break;
                    case LinkInline link when Uri.TryCreate(link.Url, UriKind.Absolute, out var uri):
                        var id = "link" + ++_links;
                        main.AddHyperlinkRelationship(uri, true, id);
                        var hyperlink = new W.Hyperlink { Id = id, History = true };
                        Inlines(link, hyperlink, format with { Link = true });
                        parent.Append(hyperlink);
                        break;
                    case LinkInline link:
                        Inlines(link, parent, format);
                        break;
                    case AutolinkInline autolink:
                        parent.Append(TextRun(autolink.Url, format));
                        break;
                    case LineBreakInline lineBreak:
                        parent.Append(lineBreak.IsHard ? new W.Run(new W.Break()) : TextRun(" ", format));
                        break;
                    case HtmlEntityInline entity:
                        parent.Append(TextRun(entity.Transcoded.ToString(), format));
                        break;
                    case ContainerInline inner:
                        Inlines(inner, parent, format);
                        break;
                }
            }
        }

        private static string PlainText(ContainerInline container) =>
            string.Concat(container.Descendants<LiteralInline>().Select(l => l.Content.ToString()));

        private int NewNumbering(ListBlock list)
        {
            var start = int.TryParse(list.OrderedStart, out var s) ? s : 1;
            var numId = 3 + _numbered.Count;
            _numbered.Add(new W.NumberingInstance(
                new W.AbstractNumId { Val = NumberedList },
                new W.LevelOverride(new W.StartOverrideNumberingValue { Val = start }) { LevelIndex = 0 }) { NumberID = numId });
            return numId;
        }

        public W.Numbering Numbering()
        {
            var numbering = new W.Numbering(
                Abstract(BulletList, level => (W.NumberFormatValues.Bullet, level % 2 == 0 ? "•" : "◦")),
                Abstract(NumberedList, level => (level % 2 == 0 ? W.NumberFormatValues.Decimal : W.NumberFormatValues.LowerLetter, $"%{level + 1}.")),
                new W.NumberingInstance(new W.AbstractNumId { Val = BulletList }) { NumberID = BulletList },
                new W.NumberingInstance(new W.AbstractNumId { Val = NumberedList }) { NumberID = NumberedList });
            foreach (var instance in _numbered) numbering.Append(instance);
            return numbering;
        }

        private static W.AbstractNum Abstract(int id, Func<int, (W.NumberFormatValues Format, string Text)> level)
        {
            var result = new W.AbstractNum(new W.MultiLevelType { Val = W.MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
            for (var i = 0; i < 9; i++)
            {
                var (format, text) = level(i);
                result.Append(new W.Level(
                    new W.StartNumberingValue { Val = 1 },
                    new W.NumberingFormat { Val = format },
                    new W.LevelText { Val = text },
                    new W.LevelJustification { Val = W.LevelJustificationValues.Left },
                    new W.PreviousParagraphProperties(new W.Indentation
                    {
                        Left = (720 * (i + 1)).ToString(System.Globalization.CultureInfo.InvariantCulture),
                        Hanging = "360",
                    })) { LevelIndex = i });
            }
            return result;
        }
    }

    private sealed record Format(bool Bold = false, bool Italic = false, bool Strike = false, bool Link = false);

    private static W.Run TextRun(string text, Format? format = null, bool code = false)
    {
        var properties = new W.RunProperties();
        if (format?.Link == true) properties.Append(new W.RunStyle { Val = "Hyperlink" });
        if (code) properties.Append(new W.RunFonts { Ascii = "Consolas", HighAnsi = "Consolas", ComplexScript = "Consolas" });
        if (format?.Bold == true) properties.Append(new W.Bold());
        if (format?.Italic == true) properties.Append(new W.Italic());
        if (format?.Strike == true) properties.Append(new W.Strike());
        var run = new W.Run();
        if (properties.HasChildren) run.Append(properties);
        run.Append(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private static W.Styles Styles(string language)
    {
        var styles = new W.Styles(
            new W.DocDefaults(
                new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle(
                    new W.RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri", EastAsia = "Calibri" },
                    new W.FontSize { Val = "22" },
                    new W.Languages { Val = language })),
                new W.ParagraphPropertiesDefault(new W.ParagraphPropertiesBaseStyle(new W.SpacingBetweenLines { After = "120", Line = "276", LineRule = W.LineSpacingRuleValues.Auto }))),
            ParagraphStyle("Normal", "Normal", null, isDefault: true),
            ParagraphStyle("ListParagraph", "List Paragraph", "Normal"),
            ParagraphStyle("Quote", "Quote", "Normal", new W.RunProperties(new W.Italic()),
                new W.ParagraphProperties(new W.Indentation { Left = "720" })),
            ParagraphStyle("Code", "Code", "Normal",
                new W.RunProperties(new W.RunFonts { Ascii = "Consolas", HighAnsi = "Consolas", ComplexScript = "Consolas" }, new W.FontSize { Val = "20" }),
                new W.ParagraphProperties(new W.SpacingBetweenLines { After = "0" })),
            new W.Style(new W.StyleName { Val = "Hyperlink" }, new W.UIPriority { Val = 99 },
                new W.StyleRunProperties(new W.Color { Val = "0563C1" }, new W.Underline { Val = W.UnderlineValues.Single }))
            { Type = W.StyleValues.Character, StyleId = "Hyperlink" },
            new W.Style(new W.StyleName { Val = "Table Grid" }, new W.UIPriority { Val = 59 },
                new W.StyleTableProperties(new W.TableBorders(
                    new W.TopBorder { Val = W.BorderValues.Single, Size = 4, Color = "808080" },
                    new W.LeftBorder { Val = W.BorderValues.Single, Size = 4, Color = "808080" },
                    new W.BottomBorder { Val = W.BorderValues.Single, Size = 4, Color = "808080" },
                    new W.RightBorder { Val = W.BorderValues.Single, Size = 4, Color = "808080" },
                    new W.InsideHorizontalBorder { Val = W.BorderValues.Single, Size = 4, Color = "808080" },
                    new W.InsideVerticalBorder { Val = W.BorderValues.Single, Size = 4, Color = "808080" }),
                    new W.TableCellMarginDefault(
                        new W.TopMargin { Width = "57", Type = W.TableWidthUnitValues.Dxa },
                        new W.TableCellLeftMargin { Width = 108, Type = W.TableWidthValues.Dxa },
                        new W.BottomMargin { Width = "57", Type = W.TableWidthUnitValues.Dxa },
                        new W.TableCellRightMargin { Width = 108, Type = W.TableWidthValues.Dxa })))
            { Type = W.StyleValues.Table, StyleId = "TableGrid" });
        int[] sizes = [32, 28, 24, 22, 22, 22];
        for (var level = 1; level <= 6; level++)
            styles.Append(ParagraphStyle($"Heading{level}", $"heading {level}", "Normal",
                new W.RunProperties(new W.Bold(), new W.Color { Val = "1F3864" }, new W.FontSize { Val = sizes[level - 1].ToString(System.Globalization.CultureInfo.InvariantCulture) }),
                new W.ParagraphProperties(new W.KeepNext(), new W.SpacingBetweenLines { Before = level == 1 ? "240" : "200", After = "80" },
                    new W.OutlineLevel { Val = level - 1 })));
        return styles;
    }

    private static W.Style ParagraphStyle(string id, string name, string? basedOn, W.RunProperties? run = null, W.ParagraphProperties? paragraph = null, bool isDefault = false)
    {
        var style = new W.Style { Type = W.StyleValues.Paragraph, StyleId = id };
        if (isDefault) style.Default = true;
        style.Append(new W.StyleName { Val = name });
        if (basedOn is not null) style.Append(new W.BasedOn { Val = basedOn });
        style.Append(new W.PrimaryStyle());
        if (paragraph is not null) style.Append(new W.StyleParagraphProperties(paragraph.ChildElements.Select(c => c.CloneNode(true))));
        if (run is not null) style.Append(new W.StyleRunProperties(run.ChildElements.Select(c => c.CloneNode(true))));
        return style;
    }
}
