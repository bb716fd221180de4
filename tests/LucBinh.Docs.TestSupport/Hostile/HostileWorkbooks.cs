using System.Buffers.Binary;
using System.Text;
using static LucBinh.Docs.TestSupport.Hostile.HostileXlsx;

namespace LucBinh.Docs.TestSupport.Hostile;

/// <summary>Workbooks built to exhaust the tracker reader (issue 11), each a few KB to a few MB on the wire.</summary>
public static class HostileWorkbooks
{
    /// <summary>
    /// Attacks recursive formula evaluation (stack overflow): each cell is the one below it + 1, the last is the number 1,
    /// no cached results — evaluating the first cell walks the whole chain. <paramref name="upward"/> makes each cell
    /// refer to the one above instead (shallow if evaluated top-down, deep if bottom-up).
    /// </summary>
    public static byte[] FormulaChain(int formulas, bool upward = false) => Build(
    [
        new HostileSheet("So lieu", w =>
        {
            var last = formulas + 2;
            w.Write(Row(1, InlineText("A1", "so")));
            for (var r = 2; r <= last; r++)
            {
                var end = upward ? r == 2 : r == last;
                w.Write(Row(r, end ? Number(Ref(r, 1), 1) : Formula(Ref(r, 1), Ref(upward ? r - 1 : r + 1, 1) + "+1")));
            }
        }),
    ]);

    /// <summary>Attacks dependency-depth measurement across sheets: one chain through <paramref name="sheets"/> sheets, each cell referring to the next (the next sheet's first cell at a sheet's end).</summary>
    public static byte[] CrossSheetChain(int sheets, int perSheet)
    {
        var list = new List<HostileSheet>();
        for (var s = 1; s <= sheets; s++)
        {
            var sheet = s;
            list.Add(new HostileSheet(Invariant($"Trang{s}"), w =>
            {
                var last = perSheet + 1;
                w.Write(Row(1, InlineText("A1", "so")));
                for (var r = 2; r <= last; r++)
                {
                    var cell = r < last ? Formula(Ref(r, 1), Ref(r + 1, 1) + "+1")
                        : sheet < sheets ? Formula(Ref(r, 1), Invariant($"Trang{sheet + 1}!A2+1"))
                        : Number(Ref(r, 1), 1);
                    w.Write(Row(r, cell));
                }
            }));
        }

        return Build(list);
    }

    /// <summary>Attacks quadratic evaluation: <paramref name="cells"/> uncached formulas each summing the whole column of <paramref name="cells"/> numbers.</summary>
    public static byte[] FormulaFanOut(int cells) => Build(
    [
        new HostileSheet("So lieu", w =>
        {
            w.Write(Row(1, InlineText("A1", "so"), InlineText("B1", "tong")));
            for (var r = 2; r <= cells + 1; r++)
            {
                w.Write(Row(r, Number(Ref(r, 1), r), Formula(Ref(r, 2), Invariant($"SUM(A$2:A${cells + 1})"))));
            }
        }),
    ]);

    /// <summary>
    /// Attacks shared-string amplification and message size (like Apache POI's poc-shared-strings.xlsx): a few strings
    /// of <paramref name="stringLength"/> characters, used as the headers and by <paramref name="references"/> cells.
    /// </summary>
    public static byte[] SharedStringsAmplified(int stringLength = 100_000, int strings = 4, int references = 100_000) => Build(
        [
            new HostileSheet("Danh sach", w =>
            {
                w.Write(Row(1, [.. Enumerable.Range(1, strings).Select(c => Shared(Ref(1, c), c - 1))]));
                for (var r = 2; r <= (references / strings) + 1; r++)
                {
                    w.Write(Row(r, [.. Enumerable.Range(1, strings).Select(c => Shared(Ref(r, c), (r + c) % strings))]));
                }
            }),
        ],
        sharedStrings: w =>
        {
            for (var s = 0; s < strings; s++)
            {
                // Distinct strings (the first letter differs) so de-duplication by value does not save the reader.
                w.Write("<si><t>");
                w.Write((char)('a' + s));
                w.Write(new string((char)('A' + (s % 26)), stringLength - 1));
                w.Write("</t></si>");
            }
        });

    /// <summary>
    /// Attacks merged-range filling (ModelBuilder.VerticalMergeFill): a table declaring <paramref name="declaredRows"/>
    /// rows, a few real rows, and one vertical merge of <paramref name="mergeRows"/> rows repeated <paramref name="repeats"/> times.
    /// </summary>
    public static byte[] MergeBomb(int declaredRows = 1_000_000, int repeats = 20_000, int mergeRows = 99_999, bool overlapping = false) => Build(
    [
        new HostileSheet(
            "Danh sach",
            w =>
            {
                w.Write(Row(1, InlineText("A1", "thon"), InlineText("B1", "so_nguoi")));
                for (var r = 2; r <= 11; r++)
                {
                    w.Write(Row(r, InlineText(Ref(r, 1), "Thôn " + r.ToString(System.Globalization.CultureInfo.InvariantCulture)), Number(Ref(r, 2), r)));
                }
            },
            Merges: w =>
            {
                for (var i = 0; i < repeats; i++)
                {
                    // Overlapping: each merge one row shorter, so de-duplication by text alone does not help.
                    var last = 1 + (overlapping ? Math.Max(2, mergeRows - i) : mergeRows);
                    w.Write(Invariant($"<mergeCell ref=\"A2:A{last}\"/>"));
                }
            },
            TableRange: Invariant($"A1:B{declaredRows}"),
            TableColumns: ["thon", "so_nguoi"]),
    ]);

    /// <summary>Attacks the cell and row limits: <paramref name="rows"/> rows of <paramref name="columns"/> small numbers (megabytes on the wire, hundreds unpacked).</summary>
    public static byte[] CellFlood(int rows = 1_500_000, int columns = 2) => Build(
    [
        new HostileSheet("So lieu", w =>
        {
            w.Write(Row(1, [.. Enumerable.Range(1, columns).Select(c => InlineText(Ref(1, c), "cot" + c.ToString(System.Globalization.CultureInfo.InvariantCulture)))]));
            for (var r = 2; r <= rows + 1; r++)
            {
                w.Write(Row(r, [.. Enumerable.Range(1, columns).Select(c => Number(Ref(r, c), c))]));
            }
        }),
    ]);

    /// <summary>Attacks unpacked-size limits: a valid small tracker plus an unreferenced part of <paramref name="bytes"/> zeros (a gigabyte deflates to ~1 MB).</summary>
    public static byte[] ZipBombPart(long bytes = 1L << 30) =>
        Build([SmallList("Danh sach", "thon", "Thôn Nà Pài")], extra: p => p.Filler("xl/media/image1.bin", bytes));

    /// <summary>Attacks streaming parse limits: the worksheet itself padded with <paramref name="bytes"/> of whitespace (valid XML, so the parser must read it all).</summary>
    public static byte[] ZipBombSheet(long bytes = 1L << 30) => Build(
    [
        new HostileSheet("Danh sach", w =>
        {
            w.Write(Row(1, InlineText("A1", "thon")));
            w.Flush();
            HostilePackage.WriteFiller(((StreamWriter)w).BaseStream, bytes, (byte)' ');
            w.Write(Row(2, InlineText("A2", "Thôn Nà Pài")));
        }),
    ]);

    /// <summary>
    /// Attacks image decoding of tracker data: a list "anh" whose column "logo" holds a BMP data URI declaring
    /// <paramref name="width"/>×<paramref name="height"/> pixels (int.MinValue made Math.Abs throw).
    /// </summary>
    public static byte[] BmpDataUri(int width = int.MinValue, int height = int.MinValue) =>
        Build([SmallList("anh", "logo", "data:image/bmp;base64," + Convert.ToBase64String(Bmp(width, height)))]);

    /// <summary>
    /// Attacks "data is never markup": a list "ghi_chu" whose cells carry WordprocessingML (a red run, a field) wrapped
    /// in the engine's marker characters U+E010/U+E011, plain, URL-encoded and base64-encoded for <c>raw</c>,
    /// <c>url_decode</c> and <c>base64_decode</c>.
    /// </summary>
    public static byte[] MarkupInjection()
    {
        var payload = InjectedMarkup;
        return Build(
        [
            new HostileSheet("ghi_chu", w =>
            {
                w.Write(Row(1, InlineText("A1", "tho"), InlineText("B1", "url"), InlineText("C1", "b64"), InlineText("D1", "ten")));
                w.Write(Row(
                    2,
                    InlineText("A2", payload),
                    InlineText("B2", Uri.EscapeDataString(payload)),
                    InlineText("C2", Convert.ToBase64String(Encoding.UTF8.GetBytes(payload))),
                    InlineText("D2", "Nguyễn Văn A")));
            }),
        ]);
    }

    /// <summary>The markup <see cref="MarkupInjection"/> tries to smuggle: a red run saying <see cref="InjectedWord"/> and a field.</summary>
    public static string InjectedMarkup { get; } =
        "\uE010</w:t></w:r><w:r><w:rPr><w:color w:val=\"FF0000\"/></w:rPr><w:t>" + InjectedWord
        + "</w:t></w:r><w:fldSimple w:instr=\"HYPERLINK http://example.invalid\"/><w:r><w:t>\uE011";

    public const string InjectedWord = "TIEMNHIEM";

    /// <summary>A normal one-column list: the shape every hostile workbook starts from.</summary>
    public static HostileSheet SmallList(string sheet, string column, string value) =>
        new(sheet, w =>
        {
            w.Write(Row(1, InlineText("A1", column)));
            w.Write(Row(2, InlineText("A2", value)));
        });

    /// <summary>A BMP header (54 bytes + one pixel) declaring any size.</summary>
    public static byte[] Bmp(int width, int height)
    {
        var bytes = new byte[58];
        bytes[0] = (byte)'B';
        bytes[1] = (byte)'M';
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(2), bytes.Length);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(10), 54);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(14), 40);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(18), width);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(22), height);
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(26), 1);
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(28), 24);
        return bytes;
    }

    private static string Invariant(FormattableString text) => HostilePackage.Invariant(text);
}
