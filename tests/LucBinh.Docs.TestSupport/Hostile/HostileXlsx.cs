using static LucBinh.Docs.TestSupport.Hostile.HostilePackage;

namespace LucBinh.Docs.TestSupport.Hostile;

/// <summary>One worksheet of a hostile workbook: its rows written by <see cref="Rows"/>, then optional merges and a table.</summary>
/// <param name="Name">The sheet's name.</param>
/// <param name="Rows">Writes the <c>&lt;row&gt;</c> elements of <c>sheetData</c>.</param>
/// <param name="Merges">Writes the <c>&lt;mergeCell&gt;</c> elements (none when null).</param>
/// <param name="TableRange">A table (list object) over this range, with <see cref="TableColumns"/>.</param>
/// <param name="TableColumns">The table's column names.</param>
public sealed record HostileSheet(string Name, Action<TextWriter> Rows, Action<TextWriter>? Merges = null, string? TableRange = null, string[]? TableColumns = null);

/// <summary>The smallest .xlsx the tracker reader opens, written part by part so each attack controls its XML.</summary>
public static class HostileXlsx
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRel = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>
    /// A workbook of <paramref name="sheets"/>; <paramref name="sharedStrings"/> writes the <c>&lt;si&gt;</c> items of
    /// the shared strings part; <paramref name="extra"/> adds parts (a zip bomb's payload).
    /// </summary>
    public static byte[] Build(IReadOnlyList<HostileSheet> sheets, Action<TextWriter>? sharedStrings = null, Action<HostilePackage>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        using var package = new HostilePackage();
        var types = new System.Text.StringBuilder($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="bin" ContentType="application/octet-stream"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>""");
        var workbookRels = new System.Text.StringBuilder($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{PackageRel}"><Relationship Id="rIdStrings" Type="{Rel}/sharedStrings" Target="sharedStrings.xml"/>""");
        var sheetList = new System.Text.StringBuilder();
        var tables = 0;
        for (var i = 0; i < sheets.Count; i++)
        {
            var sheet = sheets[i];
            var n = i + 1;
            types.Append(Invariant($"""<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"""));
            workbookRels.Append(Invariant($"""<Relationship Id="rId{n}" Type="{Rel}/worksheet" Target="worksheets/sheet{n}.xml"/>"""));
            sheetList.Append(Invariant($"""<sheet name="{Escape(sheet.Name)}" sheetId="{n}" r:id="rId{n}"/>"""));
            var tablePart = string.Empty;
            if (sheet.TableRange is { } range)
            {
                tables++;
                var columns = sheet.TableColumns ?? ["A"];
                types.Append(Invariant($"""<Override PartName="/xl/tables/table{tables}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>"""));
                package.Part(Invariant($"xl/worksheets/_rels/sheet{n}.xml.rels"), Invariant($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{PackageRel}"><Relationship Id="rIdT1" Type="{Rel}/table" Target="../tables/table{tables}.xml"/></Relationships>"""));
                var columnXml = string.Concat(columns.Select((c, k) => Invariant($"""<tableColumn id="{k + 1}" name="{Escape(c)}"/>""")));
                package.Part(Invariant($"xl/tables/table{tables}.xml"), Invariant($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><table xmlns="{Main}" id="{tables}" name="Bang{tables}" displayName="Bang{tables}" ref="{range}"><autoFilter ref="{range}"/><tableColumns count="{columns.Length}">{columnXml}</tableColumns><tableStyleInfo name="TableStyleMedium2" showRowStripes="1"/></table>"""));
                tablePart = """<tableParts count="1"><tablePart r:id="rIdT1"/></tableParts>""";
            }

            package.Part(Invariant($"xl/worksheets/sheet{n}.xml"), writer =>
            {
                writer.Write($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{Main}" xmlns:r="{Rel}"><sheetData>""");
                sheet.Rows(writer);
                writer.Write("</sheetData>");
                if (sheet.Merges is { } merges)
                {
                    writer.Write("<mergeCells>");
                    merges(writer);
                    writer.Write("</mergeCells>");
                }

                writer.Write(tablePart);
                writer.Write("</worksheet>");
            });
        }

        package.Part("xl/sharedStrings.xml", writer =>
        {
            writer.Write($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="{Main}">""");
            sharedStrings?.Invoke(writer);
            writer.Write("</sst>");
        });
        package.Part("[Content_Types].xml", types.Append("</Types>").ToString());
        package.Part("_rels/.rels", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{PackageRel}"><Relationship Id="rId1" Type="{Rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        package.Part("xl/_rels/workbook.xml.rels", workbookRels.Append("</Relationships>").ToString());
        package.Part("xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{Main}" xmlns:r="{Rel}"><sheets>{sheetList}</sheets></workbook>""");
        extra?.Invoke(package);
        return package.ToArray();
    }

    /// <summary>A1-style reference of a 1-based row and column.</summary>
    public static string Ref(int row, int column)
    {
        var name = string.Empty;
        for (var c = column; c > 0; c = (c - 1) / 26)
        {
            name = (char)('A' + ((c - 1) % 26)) + name;
        }

        return name + row.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>An inline text cell.</summary>
    public static string InlineText(string reference, string text) =>
        $"<c r=\"{reference}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{Escape(text)}</t></is></c>";

    /// <summary>A number cell.</summary>
    public static string Number(string reference, long value) => Invariant($"<c r=\"{reference}\"><v>{value}</v></c>");

    /// <summary>A formula cell without a cached result, as programs (not Excel) write them.</summary>
    public static string Formula(string reference, string formula) => $"<c r=\"{reference}\"><f>{Escape(formula)}</f></c>";

    /// <summary>A cell referencing shared string <paramref name="index"/>.</summary>
    public static string Shared(string reference, int index) => Invariant($"<c r=\"{reference}\" t=\"s\"><v>{index}</v></c>");

    /// <summary>A row element holding <paramref name="cells"/>.</summary>
    public static string Row(int number, params string[] cells) => Invariant($"<row r=\"{number}\">") + string.Concat(cells) + "</row>";
}
