using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using LucBinh.Docs.Localization;

namespace LucBinh.Docs.Web.Uploads;

/// <summary>
/// Decides from the bytes, not the name, whether an upload is an Excel workbook: a zip (<c>PK\x03\x04</c>) whose
/// <c>[Content_Types].xml</c> declares a spreadsheet main part (.xlsx, .xlsm, templates). A PDF, a .docx renamed
/// .xlsx, an old .xls or random bytes are refused with the reason.
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
        if (span.Length < 4 || span[0] != 'P' || span[1] != 'K' || span[2] != 3 || span[3] != 4)
        {
            return Kind(span, english);
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(content.ToArray(), false), ZipArchiveMode.Read);
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

    private static string Kind(ReadOnlySpan<byte> span, bool english)
    {
        if (span.StartsWith("%PDF"u8))
        {
            return english ? "a PDF document" : "tài liệu PDF";
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            return english ? "an Excel 97–2003 (.xls) or password-protected file" : "tệp Excel 97–2003 (.xls) hoặc tệp có mật khẩu";
        }

        return english ? "not a zip package" : "không phải gói tệp Office";
    }
}
