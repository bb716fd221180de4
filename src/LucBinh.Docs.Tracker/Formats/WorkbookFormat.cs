namespace LucBinh.Docs.Tracker.Formats;

/// <summary>A workbook's format, judged by its content (never by its name).</summary>
public enum WorkbookFormat
{
    /// <summary>Office Open XML (.xlsx, .xlsm, templates): read by the streaming loader.</summary>
    Xlsx,

    /// <summary>Excel 97–2003 (.xls, BIFF8 in a compound file): read by ExcelDataReader.</summary>
    Xls,

    /// <summary>Excel binary workbook (.xlsb): converted to .xlsx by LibreOffice.</summary>
    Xlsb,

    /// <summary>OpenDocument spreadsheet (.ods): converted to .xlsx by LibreOffice.</summary>
    Ods,
}
