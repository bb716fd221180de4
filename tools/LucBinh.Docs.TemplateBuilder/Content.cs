using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using static LucBinh.Docs.TemplateBuilder.Wml;

namespace LucBinh.Docs.TemplateBuilder;

/// <summary>
/// The paragraphs every template of the catalogue is made of: body text (style Normal: 14 pt, justified, first-line
/// indent 10 mm), headings, the title block (kind name 16 pt bold, trích yếu 14 pt bold, "-----"), tag-only lines, and
/// bordered tables whose data row repeats.
/// </summary>
internal static class Content
{
    public static readonly Fmt Size12 = new(Points: 12);
    public static readonly Fmt Size12Italic = new(Italic: true, Points: 12);
    public static readonly Fmt Size13 = new(Points: 13);
    public static readonly Fmt Size13Bold = new(Bold: true, Points: 13);
    public static readonly Fmt Size14 = new(Points: 14);
    public static readonly Fmt Size14Bold = new(Bold: true, Points: 14);
    public static readonly Fmt Size14Italic = new(Italic: true, Points: 14);
    public static readonly Fmt Size14Underlined = new(Underline: true, Points: 14);
    public static readonly Fmt Size15BoldUnderlined = new(Bold: true, Underline: true, Points: 15);

    /// <summary>A body paragraph (style Normal: 14 pt, justified, first-line indent 10 mm).</summary>
    public static Paragraph Body(string text) => P(StyleIds.Normal, text);

    /// <summary>A body paragraph that opens with a bold label ("Điều 1.", "1.").</summary>
    public static Paragraph BoldLabelled(string label, string text) => P(StyleIds.Normal, Run(label, Fmt.B), Run(text));

    /// <summary>A body paragraph that opens with an italic label such as "1.2. …:".</summary>
    public static Paragraph Labelled(string label, string text) => P(StyleIds.Normal, Run(label, Fmt.I), Run(text));

    /// <summary>A line holding only Liquid tags (small grey text; the engine removes the line from the report).</summary>
    public static Paragraph Code(string tags) => P(StyleIds.TemplateCode, tags);

    public static Paragraph Heading1(string text) => P(StyleIds.Heading1, text);

    public static Paragraph Heading2(string text) => P(StyleIds.Heading2, text);

    public static Paragraph KeepWithNext(Paragraph p)
    {
        p.ParagraphProperties!.InsertAfter(new KeepNext(), p.ParagraphProperties.ParagraphStyleId);
        return p;
    }

    /// <summary>A centred bold line in body size ("BAN THƯỜNG VỤ ĐẢNG ỦY QUYẾT ĐỊNH", "Kính gửi: …").</summary>
    public static Paragraph CentredBold(string text)
    {
        var p = P(StyleIds.Normal, text, Fmt.B);
        p.ParagraphProperties!.Append(new Indentation { FirstLine = "0" }, new Justification { Val = JustificationValues.Center });
        return p;
    }

    /// <summary>
    /// The kind's name (style Title: 16 pt bold, centred), the trích yếu under it (14 pt bold) and the centred
    /// "-----" (36-HD/VPTW; vn-party-format.md §1). Each line of <paramref name="abstractLines"/> ends in a line break.
    /// </summary>
    public static IEnumerable<OpenXmlElement> TitleBlock(string kindName, params string[] abstractLines)
    {
        yield return P(StyleIds.Title, kindName);
        var runs = abstractLines.Select((line, i) => i < abstractLines.Length - 1 ? RunThenBreak(line) : Run(line)).ToArray();
        yield return P(StyleIds.Abstract, runs);
        yield return P(StyleIds.AbstractRule, "-----");
    }

    /// <summary>
    /// A table with single borders: a bold centred header row, then one data row whose first cell opens
    /// <paramref name="loopOpen"/> and last cell closes it, so the engine repeats the row once per item.
    /// Table text is 13 pt (the body rule of 14 pt is for running text).
    /// </summary>
    public static Table GridTable(int[] widths, string[] headers, string loopOpen, string[] cells, bool[] centred)
    {
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = N(widths.Sum()), Type = TableWidthUnitValues.Dxa },
                new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "auto" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "auto" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "auto" },
                    new RightBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "auto" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "auto" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "auto" }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                CellMargins(57),
                new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
            new TableGrid(widths.Select(w => new GridColumn { Width = N(w) })));

        var header = new TableRow(new TableRowProperties(new CantSplit(), new TableHeader()));
        for (var i = 0; i < widths.Length; i++)
        {
            header.Append(GridCell(widths[i], headers[i], Size13Bold, centred: true));
        }

        var data = new TableRow(new TableRowProperties(new CantSplit()));
        for (var i = 0; i < widths.Length; i++)
        {
            var text = (i == 0 ? loopOpen : string.Empty) + cells[i] + (i == widths.Length - 1 ? "{% endfor %}" : string.Empty);
            data.Append(GridCell(widths[i], text, Size13, centred[i]));
        }

        table.Append(header, data);
        return table;
    }

    private static TableCell GridCell(int width, string text, Fmt fmt, bool centred)
    {
        var p = P(StyleIds.Normal, text, fmt);
        p.ParagraphProperties!.Append(
            new SpacingBetweenLines { Before = "40", After = "40", Line = "240", LineRule = LineSpacingRuleValues.Auto },
            new Indentation { FirstLine = "0" },
            new Justification { Val = centred ? JustificationValues.Center : JustificationValues.Left });
        return new TableCell(
            new TableCellProperties(
                new TableCellWidth { Width = N(width), Type = TableWidthUnitValues.Dxa },
                new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }),
            p);
    }
}
