using System.Text;

namespace LucBinh.Docs.Bench;

/// <summary>WordprocessingML fragments written the way Word writes them: rsids, run properties, split runs.</summary>
internal static class Wml
{
    private const string RunProperties =
        "<w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\"/>" +
        "<w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/><w:lang w:val=\"vi-VN\"/></w:rPr>";

    private const string BoldRunProperties =
        "<w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\"/>" +
        "<w:b/><w:bCs/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/><w:lang w:val=\"vi-VN\"/></w:rPr>";

    private static readonly string[] Rsids = ["00B3412F", "00E41D2A", "00F2C7A1", "0061A5D3"];

    /// <summary>A run of literal text (escaped).</summary>
    public static string Run(string text, bool bold = false, int rsid = 0) =>
        $"<w:r w:rsidR=\"{Rsids[rsid % Rsids.Length]}\">{(bold ? BoldRunProperties : RunProperties)}<w:t xml:space=\"preserve\">{Escape(text)}</w:t></w:r>";

    /// <summary>A tag in one run.</summary>
    public static string Tag(string tag, bool bold = false) => Run(tag, bold);

    /// <summary>
    /// A tag that Word split into two runs with spell-check marks between them (after an edit in the middle of a
    /// name), the case both engines must stitch back together.
    /// </summary>
    public static string SplitTag(string tag, bool bold = false)
    {
        var cut = tag.Length / 2;
        return Run(tag[..cut], bold, 1) + "<w:proofErr w:type=\"spellStart\"/>" + Run(tag[cut..], bold, 2) + "<w:proofErr w:type=\"spellEnd\"/>";
    }

    /// <summary>A paragraph of the given runs.</summary>
    public static string P(string runs, string justify = "both", bool indent = true, string? style = null) =>
        "<w:p w:rsidR=\"00B3412F\" w:rsidRDefault=\"00E41D2A\" w:rsidP=\"00F2C7A1\"><w:pPr>" +
        (style is null ? string.Empty : $"<w:pStyle w:val=\"{style}\"/>") +
        "<w:spacing w:before=\"60\" w:after=\"60\" w:line=\"312\" w:lineRule=\"auto\"/>" +
        (indent ? "<w:ind w:firstLine=\"567\"/>" : string.Empty) +
        $"<w:jc w:val=\"{justify}\"/>{RunProperties}</w:pPr>{runs}</w:p>";

    /// <summary>A paragraph holding only a block tag (a loop's opening or closing line).</summary>
    public static string TagLine(string tag) => P(Tag(tag), "left", indent: false);

    /// <summary>A body paragraph of literal text, split into runs where Word would have rsid changes.</summary>
    public static string TextParagraph(string text, int seed)
    {
        var words = text.Split(' ');
        var builder = new StringBuilder();
        var pieces = 1 + (seed % 3);
        var size = (words.Length + pieces - 1) / pieces;
        for (var i = 0; i < pieces; i++)
        {
            var part = string.Join(' ', words.Skip(i * size).Take(size));
            if (part.Length > 0)
            {
                builder.Append(Run(i < pieces - 1 ? part + " " : part, rsid: seed + i));
            }
        }

        return P(builder.ToString());
    }

    public static string Table(int[] widths, IEnumerable<string> rows) =>
        "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" " +
        "w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>" +
        string.Concat(widths.Select(w => $"<w:gridCol w:w=\"{w}\"/>")) + "</w:tblGrid>" + string.Concat(rows) + "</w:tbl>";

    /// <summary>A table row; each cell is given as its runs (one paragraph per cell).</summary>
    public static string Row(int[] widths, params string[] cells) =>
        "<w:tr w:rsidR=\"00E41D2A\" w:rsidTr=\"00F2C7A1\">" +
        string.Concat(cells.Select((runs, i) =>
            $"<w:tc><w:tcPr><w:tcW w:w=\"{widths[i]}\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr>" +
            "<w:p w:rsidR=\"00E41D2A\" w:rsidRDefault=\"00E41D2A\"><w:pPr><w:spacing w:before=\"40\" w:after=\"40\"/>" +
            $"<w:jc w:val=\"{(i == 0 ? "center" : "left")}\"/>{RunProperties}</w:pPr>{runs}</w:p></w:tc>")) +
        "</w:tr>";

    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
