using LucBinh.Docs.Conversion;
using LucBinh.Docs.Tracker.Reading;

namespace LucBinh.Docs.Tracker.Formats;

/// <summary>
/// An .ods or .xlsb workbook (or an .xls or .xlsx package the first reader could not open) becomes .xlsx through LibreOffice Calc, then is read like any .xlsx (the same limits, the
/// same model). The package was measured by <see cref="PackageGuard"/> before LibreOffice sees it; LibreOffice runs with
/// a time limit and, where the system allows, a memory cap (<see cref="TrackerLimits"/>), and what it writes is
/// measured again like any upload. Without LibreOffice the message says how to save the file as .xlsx.
/// </summary>
internal static class LibreOfficeWorkbookConversion
{
    public static byte[] ToXlsx(byte[] content, WorkbookFormat format, string displayName, TrackerLimits limits, CancellationToken cancellationToken)
    {
        var extension = format switch { WorkbookFormat.Ods => ".ods", WorkbookFormat.Xls => ".xls", WorkbookFormat.Xlsx => ".xlsx", _ => ".xlsb" };
        // A second chance for an .xls or .xlsx is given by Excel's own import filter only: never a text import of junk.
        var filter = format switch { WorkbookFormat.Xls => "MS Excel 97", WorkbookFormat.Xlsx => "Calc MS Excel 2007 XML", _ => null };
        return LibreOfficeConverter.ConvertAsync(
                content,
                extension,
                filter,
                "xlsx",
                ".xlsx",
                new LibreOfficeLimits(TimeSpan.FromSeconds(Math.Max(1, limits.MaxConversionSeconds)), limits.MaxConversionMemoryBytes),
                displayName,
                cancellationToken)
            .GetAwaiter()
            .GetResult();
    }
}
