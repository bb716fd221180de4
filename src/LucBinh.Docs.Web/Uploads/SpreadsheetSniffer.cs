using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using LucBinh.Docs.Localization;

namespace LucBinh.Docs.Web.Uploads;

/// <summary>
/// Decides from the bytes, not the name, whether an upload is a workbook the tracker reader takes: a zip
/// (<c>PK\x03\x04</c>) whose <c>[Content_Types].xml</c> declares a spreadsheet main part (.xlsx, .xlsm, templates), an
/// .xlsb (<c>xl/workbook.bin</c>), an OpenDocument spreadsheet (.ods), or an OLE compound file (an .xls; the reader
/// itself says when it is an encrypted workbook or a Word .doc). A PDF, a .docx renamed .xlsx or random bytes are
/// refused with the reason.
/// </summary>
public static class SpreadsheetSniffer
{
    private static readonly string[] WorkbookTypes =
    [
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
        "application/vnd.ms-excel.template.macroEnabled.main+xml",
    ];

    /// <returns>Null when the bytes are a workbook, else why not (in <paramref name="language"/>).</returns>
    public static string? Problem(ReadOnlyMemory<byte> content, UiLanguage language)
    {
        var english = language == UiLanguage.English;
        var span = content.Span;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return null;
        }

        if (span.Length < 4 || span[0] != 'P' || span[1] != 'K' || span[2] != 3 || span[3] != 4)
        {
            return Kind(span, english);
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(content.ToArray(), false), ZipArchiveMode.Read);
            if (zip.GetEntry("xl/workbook.bin") is not null || IsOpenDocumentSpreadsheet(zip))
            {
                return null;
            }

            var types = zip.GetEntry("[Content_Types].xml");
            if (types is null || types.Length > 1024 * 1024)
            {
                return english ? "a zip archive, not an Office document" : "tệp nén zip, không phải tài liệu Office";
            }

            using var stream = types.Open();
            var document = XDocument.Load(XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, MaxCharactersInDocument = 2 * 1024 * 1024 }));
            var declared = document.Root?.Elements().Select(e => (string?)e.Attribute("ContentType")).OfType<string>().ToList() ?? [];
            if (declared.Any(t => WorkbookTypes.Contains(t, StringComparer.OrdinalIgnoreCase)))
            {
                return null;
            }

            return declared.Any(t => t.Contains("wordprocessingml", StringComparison.OrdinalIgnoreCase))
                ? english ? "a Word document" : "tài liệu Word"
                : declared.Any(t => t.Contains("presentationml", StringComparison.OrdinalIgnoreCase))
                    ? english ? "a PowerPoint presentation" : "bản trình chiếu PowerPoint"
                    : english ? "an Office package without a workbook" : "gói Office không có sổ tính";
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException or NotSupportedException)
        {
            return english ? "a damaged or incomplete file" : "tệp bị hỏng hoặc không trọn vẹn";
        }
    }

    private static bool IsOpenDocumentSpreadsheet(ZipArchive zip)
    {
        if (zip.GetEntry("mimetype") is not { Length: < 256 } mimetype)
        {
            return false;
        }

        using var reader = new StreamReader(mimetype.Open(), System.Text.Encoding.ASCII);
        return reader.ReadToEnd().Trim().StartsWith("application/vnd.oasis.opendocument.spreadsheet", StringComparison.Ordinal);
    }

    private static string Kind(ReadOnlySpan<byte> span, bool english)
    {
        if (span.StartsWith("%PDF"u8))
        {
            return english ? "a PDF document" : "tài liệu PDF";
        }

        return english ? "not a zip package" : "không phải gói tệp Office";
    }
}
