using System.IO.Compression;
using System.Security;
using System.Text;

namespace LucBinh.Docs.Tracker.Tests.Support;

/// <summary>
/// Builds small .xlsx packages part by part, so each test controls the exact XML a rule depends on
/// (cell types, cached values, styles, merged cells, tables, defined names) — or breaks it on purpose.
/// </summary>
internal sealed class XlsxBuilder
{
    /// <summary>Cell styles every workbook of this builder has: <c>s="1"</c> is a date, and so on.</summary>
    public const int General = 0;
    public const int BuiltInDate = 1;      // numFmtId 14
    public const int CustomDate = 2;       // dd/mm/yyyy
    public const int LocaleDate = 3;       // [$-42A]dd/mm/yyyy;@
    public const int BuiltInTime = 4;      // numFmtId 20 (h:mm)
    public const int Thousands = 5;        // #,##0
    public const int QuotedText = 6;       // "ngày" 0 (a number with a word; not a date)
    public const int MinutesSeconds = 7;   // mm:ss
    public const int MonthYear = 8;        // mm/yyyy

    private readonly List<SheetSpec> _sheets = [];
    private readonly List<string> _sharedStrings = [];
    private readonly List<(string Name, string Formula, int? LocalSheet)> _names = [];
    private bool _date1904;
    private string _workbookType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    /// <summary>Makes the package a macro-enabled workbook (.xlsm).</summary>
    public XlsxBuilder MacroEnabled()
    {
        _workbookType = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
        return this;
    }

    public XlsxBuilder Date1904()
    {
        _date1904 = true;
        return this;
    }

    public SheetSpec Sheet(string name, string state = "visible")
    {
        var sheet = new SheetSpec(this, name, state);
        _sheets.Add(sheet);
        return sheet;
    }

    public XlsxBuilder Name(string name, string formula, int? localSheet = null)
    {
        _names.Add((name, formula, localSheet));
        return this;
    }

    public int SharedString(string text)
    {
        _sharedStrings.Add(text);
        return _sharedStrings.Count - 1;
    }

    public byte[] Build()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var types = new StringBuilder($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/xl/workbook.xml" ContentType="{_workbookType}"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>""");
            var workbookRels = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdStrings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>""");
            var sheetsXml = new StringBuilder();
            var tableNumber = 0;
            for (var i = 0; i < _sheets.Count; i++)
            {
                var sheet = _sheets[i];
                var n = i + 1;
                types.Append(CultureFormat($"""<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"""));
                workbookRels.Append(CultureFormat($"""<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{n}.xml"/>"""));
                sheetsXml.Append(CultureFormat($"""<sheet name="{Escape(sheet.Name)}" sheetId="{n}" state="{sheet.State}" r:id="rId{n}"/>"""));
                var sheetRels = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
                var tableParts = new StringBuilder();
                foreach (var table in sheet.Tables)
                {
                    tableNumber++;
                    types.Append(CultureFormat($"""<Override PartName="/xl/tables/table{tableNumber}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>"""));
                    sheetRels.Append(CultureFormat($"""<Relationship Id="rIdT{tableNumber}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table{tableNumber}.xml"/>"""));
                    tableParts.Append(CultureFormat($"""<tablePart r:id="rIdT{tableNumber}"/>"""));
                    Add(zip, CultureFormat($"xl/tables/table{tableNumber}.xml"), table.Xml(tableNumber));
                }

                var drawingXml = string.Empty;
                if (sheet.HasPicture)
                {
                    types.Append(CultureFormat($"""<Override PartName="/xl/drawings/drawing{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>"""));
                    sheetRels.Append(CultureFormat($"""<Relationship Id="rIdD{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing{n}.xml"/>"""));
                    drawingXml = CultureFormat($"<drawing r:id=\"rIdD{n}\"/>");
                    Add(zip, CultureFormat($"xl/drawings/drawing{n}.xml"), Drawing);
                    Add(zip, CultureFormat($"xl/drawings/_rels/drawing{n}.xml.rels"), CultureFormat($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdImg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/logo{n}.png"/></Relationships>"""));
                    using var image = zip.CreateEntry(CultureFormat($"xl/media/logo{n}.png")).Open();
                    image.Write(Png);
                }

                sheetRels.Append("</Relationships>");
                if (sheet.Tables.Count > 0 || sheet.HasPicture)
                {
                    Add(zip, CultureFormat($"xl/worksheets/_rels/sheet{n}.xml.rels"), sheetRels.ToString());
                }

                var tablePartsXml = tableParts.Length > 0 ? CultureFormat($"<tableParts count=\"{sheet.Tables.Count}\">{tableParts}</tableParts>") : string.Empty;
                Add(zip, CultureFormat($"xl/worksheets/sheet{n}.xml"), sheet.Xml(drawingXml + tablePartsXml));
            }

            types.Append("</Types>");
            workbookRels.Append("</Relationships>");
            Add(zip, "[Content_Types].xml", types.ToString());
            Add(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Add(zip, "xl/_rels/workbook.xml.rels", workbookRels.ToString());
            var names = _names.Count == 0
                ? string.Empty
                : "<definedNames>" + string.Concat(_names.Select(n => CultureFormat($"""<definedName name="{Escape(n.Name)}"{(n.LocalSheet is { } l ? CultureFormat($" localSheetId=\"{l}\"") : string.Empty)}>{Escape(n.Formula)}</definedName>"""))) + "</definedNames>";
            var workbookPr = _date1904 ? "<workbookPr date1904=\"1\"/>" : string.Empty;
            Add(zip, "xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">{workbookPr}<sheets>{sheetsXml}</sheets>{names}</workbook>""");
            Add(zip, "xl/styles.xml", Styles);
            Add(zip, "xl/sharedStrings.xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""" + string.Concat(_sharedStrings.Select(s => s.StartsWith('<') ? "<si>" + s + "</si>" : "<si><t xml:space=\"preserve\">" + Escape(s) + "</t></si>")) + "</sst>");
        }

        return buffer.ToArray();
    }

    private const string Styles = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="5"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="[$-42A]dd/mm/yyyy;@"/><numFmt numFmtId="166" formatCode="&quot;ngày&quot; 0"/><numFmt numFmtId="167" formatCode="mm:ss"/><numFmt numFmtId="168" formatCode="mm/yyyy"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="9"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="20" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="167" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="168" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>""";

    /// <summary>A 1×1 PNG: a commune logo as far as the reader is concerned.</summary>
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private const string Drawing = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="Logo"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rIdImg"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="952500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>""";

    internal static void Add(ZipArchive zip, string name, string content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        using var stream = entry.Open();
        var bytes = Encoding.UTF8.GetBytes(content);
        stream.Write(bytes);
    }

    internal static string Escape(string text) => SecurityElement.Escape(text);

    private static string CultureFormat(FormattableString text) => FormattableString.Invariant(text);

    internal sealed class SheetSpec(XlsxBuilder owner, string name, string state)
    {
        private readonly StringBuilder _rows = new();
        private readonly List<string> _merged = [];
        private string? _autoFilter;

        public string Name { get; } = name;

        public string State { get; } = state;

        public List<TableSpec> Tables { get; } = [];

        public bool HasPicture { get; private set; }

        public XlsxBuilder Done() => owner;

        /// <summary>Puts a picture (a logo) on the sheet: the kind of file ClosedXML 0.95 cannot open on Linux.</summary>
        public SheetSpec Picture()
        {
            HasPicture = true;
            return this;
        }

        public SheetSpec Row(int number, params string[] cells) => Row(number, hidden: false, cells);

        public SheetSpec Row(int number, bool hidden, params string[] cells)
        {
            _rows.Append(FormattableString.Invariant($"<row r=\"{number}\"{(hidden ? " hidden=\"1\"" : string.Empty)}>"));
            foreach (var cell in cells)
            {
                _rows.Append(cell);
            }

            _rows.Append("</row>");
            return this;
        }

        /// <summary>A row of text cells from column A, written as inline strings (null leaves a gap).</summary>
        public SheetSpec Texts(int number, params string?[] texts) =>
            Row(number, [.. texts.Select((t, i) => t is null ? string.Empty : Cell.Str(CellRef(number, i + 1), t))]);

        public SheetSpec Merge(string range)
        {
            _merged.Add(range);
            return this;
        }

        public SheetSpec AutoFilter(string range, bool active)
        {
            _autoFilter = active
                ? $"<autoFilter ref=\"{range}\"><filterColumn colId=\"0\"><filters><filter val=\"x\"/></filters></filterColumn></autoFilter>"
                : $"<autoFilter ref=\"{range}\"/>";
            return this;
        }

        public SheetSpec Table(string name, string range, params string[] columns) => Table(name, range, 1, 0, columns);

        public SheetSpec Table(string name, string range, int headerRows, int totalsRows, params string[] columns)
        {
            Tables.Add(new TableSpec(name, range, headerRows, totalsRows, columns));
            return this;
        }

        internal string Xml(string tableParts)
        {
            var merged = _merged.Count == 0 ? string.Empty : "<mergeCells>" + string.Concat(_merged.Select(m => $"<mergeCell ref=\"{m}\"/>")) + "</mergeCells>";
            return $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>{_rows}</sheetData>{_autoFilter}{merged}{tableParts}</worksheet>""";
        }
    }

    internal sealed record TableSpec(string Name, string Range, int HeaderRows, int TotalsRows, string[] Columns)
    {
        public string Xml(int id)
        {
            var columns = string.Concat(Columns.Select((c, i) => FormattableString.Invariant($"<tableColumn id=\"{i + 1}\" name=\"{Escape(c)}\"/>")));
            var header = HeaderRows == 1 ? string.Empty : FormattableString.Invariant($" headerRowCount=\"{HeaderRows}\"");
            var totals = TotalsRows == 0 ? string.Empty : FormattableString.Invariant($" totalsRowCount=\"{TotalsRows}\"");
            return FormattableString.Invariant($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="{id}" name="{Escape(Name)}" displayName="{Escape(Name)}" ref="{Range}"{header}{totals}><tableColumns count="{Columns.Length}">{columns}</tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>""");
        }
    }

    public static string CellRef(int row, int column)
    {
        var name = string.Empty;
        while (column > 0)
        {
            name = (char)('A' + ((column - 1) % 26)) + name;
            column = (column - 1) / 26;
        }

        return name + row.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>Cell XML for <see cref="XlsxBuilder"/> rows.</summary>
internal static class Cell
{
    public static string Str(string reference, string text) =>
        $"<c r=\"{reference}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{XlsxBuilder.Escape(text)}</t></is></c>";

    public static string Shared(string reference, int index) =>
        FormattableString.Invariant($"<c r=\"{reference}\" t=\"s\"><v>{index}</v></c>");

    public static string Num(string reference, string value, int style = XlsxBuilder.General) =>
        FormattableString.Invariant($"<c r=\"{reference}\" s=\"{style}\"><v>{value}</v></c>");

    public static string Date(string reference, DateOnly date, int style = XlsxBuilder.CustomDate) =>
        Num(reference, (date.DayNumber - new DateOnly(1899, 12, 30).DayNumber).ToString(System.Globalization.CultureInfo.InvariantCulture), style);

    public static string Bool(string reference, bool value) =>
        $"<c r=\"{reference}\" t=\"b\"><v>{(value ? 1 : 0)}</v></c>";

    public static string Error(string reference, string error) =>
        $"<c r=\"{reference}\" t=\"e\"><v>{XlsxBuilder.Escape(error)}</v></c>";

    public static string IsoDate(string reference, string iso) =>
        $"<c r=\"{reference}\" t=\"d\"><v>{iso}</v></c>";

    /// <summary>A formula with a cached number (or none, as programs write them).</summary>
    public static string Formula(string reference, string formula, string? cached, int style = XlsxBuilder.General) =>
        cached is null
            ? FormattableString.Invariant($"<c r=\"{reference}\" s=\"{style}\"><f>{XlsxBuilder.Escape(formula)}</f></c>")
            : FormattableString.Invariant($"<c r=\"{reference}\" s=\"{style}\"><f>{XlsxBuilder.Escape(formula)}</f><v>{cached}</v></c>");

    public static string FormulaText(string reference, string formula, string cached) =>
        $"<c r=\"{reference}\" t=\"str\"><f>{XlsxBuilder.Escape(formula)}</f><v>{XlsxBuilder.Escape(cached)}</v></c>";
}
