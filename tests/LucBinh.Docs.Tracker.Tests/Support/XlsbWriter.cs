using System.IO.Compression;
using System.Text;

namespace LucBinh.Docs.Tracker.Tests.Support;

/// <summary>
/// A minimal Excel binary workbook (.xlsb, MS-XLSB records) written from cells described in code, for tests that need an
/// .xlsb (LibreOffice reads the format but cannot save it). Text is written inline, numbers as doubles, booleans, and
/// dates as numbers with the built-in date format 14; merged ranges too. Nothing else.
/// </summary>
internal sealed class XlsbWriter
{
    private readonly List<(string Name, List<(int Row, int Column, object Value)> Cells, List<(int R1, int C1, int R2, int C2)> Merges)> _sheets = [];

    public XlsbWriter Sheet(string name)
    {
        _sheets.Add((name, [], []));
        return this;
    }

    /// <summary>A cell of the last sheet: string, decimal, bool or DateOnly; row and column from 1.</summary>
    public XlsbWriter Cell(int row, int column, object value)
    {
        _sheets[^1].Cells.Add((row, column, value));
        return this;
    }

    public XlsbWriter Merge(int firstRow, int firstColumn, int lastRow, int lastColumn)
    {
        _sheets[^1].Merges.Add((firstRow, firstColumn, lastRow, lastColumn));
        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.bin\" ContentType=\"application/vnd.ms-excel.sheet.binary.macroEnabled.main\"/>"
                + "<Override PartName=\"/xl/styles.bin\" ContentType=\"application/vnd.ms-excel.styles\"/>");
            var rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.bin\"/>");
            for (var i = 1; i <= _sheets.Count; i++)
            {
                types.Append(FormattableString.Invariant($"<Override PartName=\"/xl/worksheets/sheet{i}.bin\" ContentType=\"application/vnd.ms-excel.worksheet\"/>"));
                rels.Append(FormattableString.Invariant(
                    $"<Relationship Id=\"rId{i}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{i}.bin\"/>"));
            }

            Add(zip, "[Content_Types].xml", Encoding.UTF8.GetBytes(types + "</Types>"));
            Add(zip, "_rels/.rels", Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.bin\"/>"
                + "</Relationships>"));
            Add(zip, "xl/_rels/workbook.bin.rels", Encoding.UTF8.GetBytes(rels + "</Relationships>"));
            Add(zip, "xl/workbook.bin", Workbook());
            Add(zip, "xl/styles.bin", Styles());
            for (var i = 0; i < _sheets.Count; i++)
            {
                Add(zip, FormattableString.Invariant($"xl/worksheets/sheet{i + 1}.bin"), Worksheet(i));
            }
        }

        return stream.ToArray();
    }

    private static void Add(ZipArchive zip, string name, byte[] bytes)
    {
        using var entry = zip.CreateEntry(name).Open();
        entry.Write(bytes);
    }

    private byte[] Workbook()
    {
        var records = new Records();
        records.Add(131); // BrtBeginBook
        records.Add(143); // BrtBeginBundleShs
        for (var i = 0; i < _sheets.Count; i++)
        {
            // BrtBundleSh: visible, tab id, relationship id, name.
            records.Add(156, w =>
            {
                w.Write(0u);
                w.Write((uint)(i + 1));
                WideString(w, FormattableString.Invariant($"rId{i + 1}"));
                WideString(w, _sheets[i].Name);
            });
        }

        records.Add(144); // BrtEndBundleShs
        records.Add(132); // BrtEndBook
        return records.ToArray();
    }

    private byte[] Worksheet(int index)
    {
        var (_, cells, merges) = _sheets[index];
        var records = new Records();
        records.Add(129); // BrtBeginSheet
        records.Add(145); // BrtBeginSheetData
        foreach (var row in cells.GroupBy(c => c.Row).OrderBy(g => g.Key))
        {
            // BrtRowHdr: row, style, height 15 pt, flags, no column spans.
            records.Add(0, w =>
            {
                w.Write((uint)(row.Key - 1));
                w.Write(0u);
                w.Write((ushort)300);
                w.Write((byte)0);
                w.Write((byte)0);
                w.Write((byte)0);
                w.Write(0u);
            });
            foreach (var (_, column, value) in row.OrderBy(c => c.Column))
            {
                var style = value is DateOnly ? 1u : 0u;
                switch (value)
                {
                    case string text:
                        records.Add(6, w => { CellHeader(w, column, style); WideString(w, text); }); // BrtCellSt
                        break;
                    case bool flag:
                        records.Add(4, w => { CellHeader(w, column, style); w.Write((byte)(flag ? 1 : 0)); }); // BrtCellBool
                        break;
                    case decimal number:
                        records.Add(5, w => { CellHeader(w, column, style); w.Write((double)number); }); // BrtCellReal
                        break;
                    case DateOnly date:
                        records.Add(5, w => { CellHeader(w, column, style); w.Write((double)(date.DayNumber - new DateOnly(1899, 12, 30).DayNumber)); });
                        break;
                    default:
                        throw new ArgumentException("Unsupported cell value: " + value);
                }
            }
        }

        records.Add(146); // BrtEndSheetData
        if (merges.Count > 0)
        {
            records.Add(177, w => w.Write((uint)merges.Count)); // BrtBeginMergeCells
            foreach (var (r1, c1, r2, c2) in merges)
            {
                records.Add(176, w => { w.Write((uint)(r1 - 1)); w.Write((uint)(r2 - 1)); w.Write((uint)(c1 - 1)); w.Write((uint)(c2 - 1)); }); // BrtMergeCell
            }

            records.Add(178); // BrtEndMergeCells
        }

        records.Add(130); // BrtEndSheet
        return records.ToArray();
    }

    /// <summary>One font, the two fills Excel requires, one border, one style XF, and two cell XFs: General and date (format 14).</summary>
    private static byte[] Styles()
    {
        var records = new Records();
        records.Add(278); // BrtBeginStyleSheet
        records.Add(611, w => w.Write(1u)); // BrtBeginFonts
        records.Add(43, w =>
        {
            // BrtFont: 11 pt, no flags, normal weight, no script, no underline, family swiss, charset 0, then colour and name.
            w.Write((ushort)220);
            w.Write((ushort)0);
            w.Write((ushort)400);
            w.Write((ushort)0);
            w.Write((byte)0);
            w.Write((byte)2);
            w.Write((byte)0);
            w.Write((byte)0);
            Color(w);
            w.Write((byte)2);
            WideString(w, "Calibri");
        });
        records.Add(612); // BrtEndFonts
        records.Add(603, w => w.Write(2u)); // BrtBeginFills
        for (var i = 0; i < 2; i++)
        {
            records.Add(45, w =>
            {
                w.Write(i == 0 ? 0u : 17u); // none, gray125
                Color(w);
                Color(w);
                w.Write(0u);
                for (var d = 0; d < 5; d++)
                {
                    w.Write(0d);
                }

                w.Write(0u);
            });
        }

        records.Add(604); // BrtEndFills
        records.Add(613, w => w.Write(1u)); // BrtBeginBorders
        records.Add(46, w =>
        {
            w.Write((byte)0);
            for (var side = 0; side < 5; side++)
            {
                w.Write((ushort)0);
                Color(w);
            }
        });
        records.Add(614); // BrtEndBorders
        records.Add(626, w => w.Write(1u)); // BrtBeginCellStyleXFs
        records.Add(47, w => Xf(w, 0xFFFF, 0));
        records.Add(627); // BrtEndCellStyleXFs
        records.Add(617, w => w.Write(2u)); // BrtBeginCellXFs
        records.Add(47, w => Xf(w, 0, 0));
        records.Add(47, w => Xf(w, 0, 14));
        records.Add(618); // BrtEndCellXFs
        records.Add(279); // BrtEndStyleSheet
        return records.ToArray();
    }

    private static void Xf(BinaryWriter w, ushort parent, ushort format)
    {
        w.Write(parent);
        w.Write(format);
        w.Write((ushort)0); // font
        w.Write((ushort)0); // fill
        w.Write((ushort)0); // border
        w.Write((byte)0); // rotation
        w.Write((byte)0); // indent
        w.Write((ushort)0x1000); // locked
        w.Write((ushort)(format == 0 ? 0 : 0x01)); // applies the number format
    }

    private static void Color(BinaryWriter w)
    {
        w.Write((byte)0x03); // theme colour
        w.Write((byte)1);
        w.Write((short)0);
        w.Write(0u);
    }

    private static void CellHeader(BinaryWriter w, int column, uint style)
    {
        w.Write((uint)(column - 1));
        w.Write(style & 0xFFFFFF);
    }

    private static void WideString(BinaryWriter w, string text)
    {
        w.Write((uint)text.Length);
        w.Write(Encoding.Unicode.GetBytes(text));
    }

    /// <summary>Records: a type and a size, each in 7-bit groups (low first) with a continuation bit, then the data. Types are MS-XLSB's numbers.</summary>
    private sealed class Records
    {
        private readonly List<byte> _bytes = [];

        public void Add(int type, Action<BinaryWriter>? body = null)
        {
            using var data = new MemoryStream();
            using (var writer = new BinaryWriter(data, Encoding.Unicode, leaveOpen: true))
            {
                body?.Invoke(writer);
            }

            Write7BitGroups(type);
            Write7BitGroups(data.Length);

            _bytes.AddRange(data.ToArray());
        }

        public byte[] ToArray() => [.. _bytes];

        private void Write7BitGroups(long value)
        {
            do
            {
                var b = (byte)(value & 0x7F);
                value >>= 7;
                _bytes.Add(value > 0 ? (byte)(b | 0x80) : b);
            }
            while (value > 0);
        }
    }
}
