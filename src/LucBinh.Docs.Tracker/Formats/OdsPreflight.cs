using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace LucBinh.Docs.Tracker.Formats;

/// <summary>
/// Measures an .ods before LibreOffice expands it: OpenDocument stores a run of equal cells once with a repeat count
/// (<c>table:number-rows-repeated</c>, <c>table:number-columns-repeated</c>), so 1 KB can declare a billion cells holding
/// "X" (calamine's <c>issue_594_dos.ods</c>), which LibreOffice would build. Repeated cells that hold a value are counted
/// (repeated empty cells, as every saved .ods has to the sheet's edge, cost nothing) against
/// <see cref="TrackerLimits.MaxCells"/>; the scan streams <c>content.xml</c>, already bounded in size by the package check.
/// </summary>
internal static class OdsPreflight
{
    private const string TableNamespace = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private const string OfficeNamespace = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

    public static void Check(byte[] content, string displayName, TrackerLimits limits, CancellationToken cancellationToken)
    {
        using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        if (archive.GetEntry("content.xml") is not { } entry)
        {
            return; // LibreOffice says what is wrong with it
        }

        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true });
        var sheet = string.Empty;
        long rowRepeat = 1;
        long cells = 0;
        var seen = 0;
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != TableNamespace)
                {
                    continue;
                }

                if ((++seen & 0xFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                switch (reader.LocalName)
                {
                    case "table":
                        sheet = reader.GetAttribute("name", TableNamespace) ?? string.Empty;
                        break;
                    case "table-row":
                        rowRepeat = Repeat(reader.GetAttribute("number-rows-repeated", TableNamespace));
                        break;
                    case "table-cell" or "covered-table-cell":
                        var holdsValue = !reader.IsEmptyElement || reader.GetAttribute("value-type", OfficeNamespace) is not null;
                        if (holdsValue)
                        {
                            cells += rowRepeat * Repeat(reader.GetAttribute("number-columns-repeated", TableNamespace));
                            if (cells > limits.MaxCells)
                            {
                                throw TrackerDiagnostics.LimitPassed("TRK025", displayName, sheet, null, "Limit.Cells", limits.MaxCells);
                            }
                        }

                        break;
                }
            }
        }
        catch (XmlException e)
        {
            throw TrackerDiagnostics.Fatal("TRK008", displayName, e, "content.xml", TrackerDiagnostics.Text("Reason.Xml") + ": " + e.Message);
        }
    }

    /// <summary>A repeat count (1 when absent or unreadable), capped so that products cannot overflow.</summary>
    private static long Repeat(string? value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var repeat) && repeat > 0 ? Math.Min(repeat, 1L << 31) : 1;
}
