using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LucBinh.Docs.TemplateBuilder;

/// <summary>Direct character formatting of one run (everything else comes from the paragraph style).</summary>
/// <param name="Bold">Bold (w:b and w:bCs).</param>
/// <param name="Italic">Italic (w:i and w:iCs).</param>
/// <param name="Underline">Single underline.</param>
/// <param name="Points">Font size in points, or null to keep the style's size.</param>
internal readonly record struct Fmt(bool Bold = false, bool Italic = false, bool Underline = false, double? Points = null)
{
    public static readonly Fmt B = new(Bold: true);
    public static readonly Fmt I = new(Italic: true);
}

/// <summary>Small factories for WordprocessingML elements, written in the element order the schema requires.</summary>
internal static class Wml
{
    public const string Language = "vi-VN";
    public const string FontName = "Times New Roman";

    /// <summary>Twentieths of a point (twips) or half-points as the invariant decimal string Word writes.</summary>
    public static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string HalfPoints(double points) => N((int)Math.Round(points * 2, MidpointRounding.AwayFromZero));

    public static Text Text(string text)
    {
        var t = new Text(text);
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || text.Contains("  ", StringComparison.Ordinal)))
        {
            t.Space = SpaceProcessingModeValues.Preserve;
        }

        return t;
    }

    public static RunProperties RunProps(Fmt f)
    {
        var rPr = new RunProperties();
        if (f.Bold)
        {
            rPr.Append(new Bold(), new BoldComplexScript());
        }

        if (f.Italic)
        {
            rPr.Append(new Italic(), new ItalicComplexScript());
        }

        if (f.Points is double pt)
        {
            rPr.Append(new FontSize { Val = HalfPoints(pt) }, new FontSizeComplexScript { Val = HalfPoints(pt) });
        }

        if (f.Underline)
        {
            rPr.Append(new Underline { Val = UnderlineValues.Single });
        }

        rPr.Append(new Languages { Val = Language });
        return rPr;
    }

    /// <summary>One run; a Liquid tag must always sit whole inside one run's text.</summary>
    public static Run Run(string text, Fmt f = default) => new(RunProps(f), Text(text));

    /// <summary>A run ending in a line break (w:br): the next run starts a new line of the same paragraph.</summary>
    public static Run RunThenBreak(string text, Fmt f = default) => new(RunProps(f), Text(text), new Break());

    public static Paragraph P(string styleId, params OpenXmlElement[] runs)
    {
        var p = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = styleId }));
        p.Append(runs);
        return p;
    }

    public static Paragraph P(string styleId, string text, Fmt f = default) => P(styleId, Run(text, f));

    /// <summary>An empty paragraph (paragraph mark only).</summary>
    public static Paragraph Empty(string styleId) => P(styleId);

    /// <summary>
    /// A borderless table over the full text width with zero cell padding (style "Bảng không viền", and the same
    /// settings written directly so that applications ignoring table styles still draw no border).
    /// </summary>
    public static Table BorderlessTable(int[] widths, params TableCell[] cells)
    {
        var total = widths.Sum();
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = StyleIds.BorderlessTable },
                new TableWidth { Width = N(total), Type = TableWidthUnitValues.Dxa },
                new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                NoBorders(),
                new TableLayout { Type = TableLayoutValues.Fixed },
                ZeroCellMargins(),
                new TableLook
                {
                    Val = "04A0",
                    FirstRow = false,
                    LastRow = false,
                    FirstColumn = false,
                    LastColumn = false,
                    NoHorizontalBand = true,
                    NoVerticalBand = true,
                }),
            new TableGrid(widths.Select(w => new GridColumn { Width = N(w) })));

        var row = new TableRow(new TableRowProperties(new CantSplit()));
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i].PrependChild(new TableCellProperties(
                new TableCellWidth { Width = N(widths[i]), Type = TableWidthUnitValues.Dxa }));
            row.Append(cells[i]);
        }

        table.Append(row);
        return table;
    }

    public static TableCell Cell(params Paragraph[] paragraphs) => new(paragraphs);

    public static TableBorders NoBorders() => new(
        new TopBorder { Val = BorderValues.None, Size = 0U, Space = 0U, Color = "auto" },
        new LeftBorder { Val = BorderValues.None, Size = 0U, Space = 0U, Color = "auto" },
        new BottomBorder { Val = BorderValues.None, Size = 0U, Space = 0U, Color = "auto" },
        new RightBorder { Val = BorderValues.None, Size = 0U, Space = 0U, Color = "auto" },
        new InsideHorizontalBorder { Val = BorderValues.None, Size = 0U, Space = 0U, Color = "auto" },
        new InsideVerticalBorder { Val = BorderValues.None, Size = 0U, Space = 0U, Color = "auto" });

    public static TableCellMarginDefault ZeroCellMargins() => CellMargins(0);

    public static TableCellMarginDefault CellMargins(int side) => new(
        new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
        new TableCellLeftMargin { Width = (short)side, Type = TableWidthValues.Dxa },
        new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
        new TableCellRightMargin { Width = (short)side, Type = TableWidthValues.Dxa });
}
