using System.Globalization;
using ClosedXML.Excel;
using LucBinh.Docs.Localization;

namespace LucBinh.Docs.Publishing.Register;

/// <summary>
/// The register as an Excel workbook in the columns of a sổ đăng ký văn bản đi: số, ký hiệu, ngày, loại, trích yếu,
/// người ký, nơi nhận, đơn vị/người nhận bản lưu, ghi chú, then the status and the files. One sheet; the header
/// repeats on every printed page. Titles come from the catalog in the user's language.
/// </summary>
public static class RegisterExport
{
    /// <summary>The columns' catalog keys, in order.</summary>
    public static IReadOnlyList<string> ColumnKeys { get; } =
    [
        "Export.Number", "Export.Symbol", "Export.Date", "Export.Kind", "Export.Summary", "Export.Signer",
        "Export.Recipients", "Export.Archive", "Export.Note", "Export.Status", "Export.Files",
    ];

    /// <summary>Writes the workbook to <paramref name="stream"/>.</summary>
    public static void Write(IReadOnlyList<RegisterEntry> entries, Stream stream, UiLanguage language = UiLanguage.Vietnamese)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(stream);
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(SqliteRegisterDiagnostics.Text("Export.Sheet", language));
        sheet.Cell(1, 1).Value = SqliteRegisterDiagnostics.Text("Export.Title", language);
        sheet.Range(1, 1, 1, ColumnKeys.Count).Merge().Style.Font.SetBold().Font.SetFontSize(14).Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
        for (var c = 0; c < ColumnKeys.Count; c++)
        {
            sheet.Cell(3, c + 1).Value = SqliteRegisterDiagnostics.Text(ColumnKeys[c], language);
        }

        var header = sheet.Range(3, 1, 3, ColumnKeys.Count);
        header.Style.Font.SetBold().Alignment.SetWrapText().Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center)
            .Fill.SetBackgroundColor(XLColor.FromHtml("#D9E1F2"));
        var row = 4;
        foreach (var entry in entries)
        {
            var (recipients, archive) = SplitRecipients(entry.Request.Recipients);
            sheet.Cell(row, 1).Value = entry.Number;
            sheet.Cell(row, 2).Value = entry.Symbol;
            sheet.Cell(row, 3).Value = entry.Request.IssueDate.ToDateTime(TimeOnly.MinValue);
            sheet.Cell(row, 3).Style.DateFormat.Format = "dd/MM/yyyy";
            sheet.Cell(row, 4).Value = entry.Request.KindName ?? entry.KindCode;
            sheet.Cell(row, 5).Value = entry.Request.Summary;
            sheet.Cell(row, 6).Value = entry.Request.Signer ?? string.Empty;
            sheet.Cell(row, 7).Value = recipients;
            sheet.Cell(row, 8).Value = archive;
            sheet.Cell(row, 9).Value = entry.CancelReason ?? string.Empty;
            sheet.Cell(row, 10).Value = SqliteRegisterDiagnostics.Text("Status." + entry.Status, language);
            sheet.Cell(row, 11).Value = entry.Files is { } files
                ? string.Join("; ", new[] { files.DocumentFile, files.PdfFile }.Where(f => f is { Length: > 0 }))
                : string.Empty;
            row++;
        }

        var table = sheet.Range(3, 1, Math.Max(3, row - 1), ColumnKeys.Count);
        table.Style.Border.SetOutsideBorder(XLBorderStyleValues.Thin).Border.SetInsideBorder(XLBorderStyleValues.Thin)
            .Alignment.SetVertical(XLAlignmentVerticalValues.Top);
        foreach (var (column, width) in new[] { (1, 6), (2, 14), (3, 12), (4, 14), (5, 50), (6, 22), (7, 36), (8, 24), (9, 24), (10, 16), (11, 40) })
        {
            sheet.Column(column).Width = width;
        }

        sheet.Range(4, 5, Math.Max(4, row - 1), 11).Style.Alignment.SetWrapText();
        sheet.SheetView.FreezeRows(3);
        sheet.PageSetup.SetRowsToRepeatAtTop(3, 3);
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        sheet.PageSetup.FitToPages(1, 0);
        workbook.SaveAs(stream);
    }

    /// <summary>
    /// Nơi nhận as one line ("- Ban Tuyên giáo Huyện ủy; - Lưu Văn phòng Đảng ủy"): the lines beginning with "Lưu" name
    /// who keeps the archived copy (the register's own column), the others are the recipients.
    /// </summary>
    public static (string Recipients, string Archive) SplitRecipients(string? recipients)
    {
        if (string.IsNullOrWhiteSpace(recipients))
        {
            return (string.Empty, string.Empty);
        }

        var parts = recipients.Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.TrimStart('-', '+', ' ').TrimEnd('.', ';', ' '))
            .Where(p => p.Length > 0)
            .ToList();
        bool IsArchive(string p) => p.StartsWith("Lưu", true, CultureInfo.GetCultureInfo("vi-VN"));
        return (string.Join("; ", parts.Where(p => !IsArchive(p))), string.Join("; ", parts.Where(IsArchive)));
    }
}
