using System.IO.Packaging;
using DocumentFormat.OpenXml.Packaging;
using LucBinh.Docs.Conversion;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.IO;
using LucBinh.Docs.Tracker.Formats;
using LucBinh.Docs.Tracker.Reading;

namespace LucBinh.Docs.Tracker;

/// <summary>
/// Reads a tracker workbook into the data model of docs/data-model.md: .xlsx and .xlsm (streamed), .xls (ExcelDataReader),
/// .ods and .xlsb (turned into .xlsx by LibreOffice when it is installed); the format is judged by content, not by name.
/// The file is read once, read-only and shared, into memory: it is never modified or kept open.
/// A file that cannot be read at all gives one <see cref="LucBinhException"/> with a Vietnamese message saying what to
/// do; problems in cells are returned as diagnostics naming the sheet and the cell.
/// </summary>
public static class TrackerReader
{
    /// <summary>Extensions of formats that are not read, with the kind of file and the program that saves it as .xlsx.</summary>
    private static readonly Dictionary<string, (string Kind, string App)> OtherFormats = new(StringComparer.OrdinalIgnoreCase)
    {
        [".csv"] = ("Kind.Csv", "App.ExcelOrLibreOffice"),
        [".numbers"] = ("Kind.Numbers", "App.Numbers"),
    };

    public static TrackerReadResult Read(string path, TrackerReadOptions? options = null, CancellationToken cancellationToken = default) =>
        Read(ReadFile(path), path, options, cancellationToken);

    public static TrackerReadResult Read(byte[] content, string displayName, TrackerReadOptions? options = null, CancellationToken cancellationToken = default) =>
        Read(content, displayName, options, out _, cancellationToken);

    /// <summary>Reads the file's bytes into memory once, checking the extension first (for the path overloads).</summary>
    internal static byte[] ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var extension = Path.GetExtension(path);
        if (OtherFormats.TryGetValue(extension, out var other))
        {
            throw TrackerDiagnostics.Fatal(
                "TRK009", path, null, extension, TrackerDiagnostics.Text(other.Kind), TrackerDiagnostics.Text(other.App));
        }

        return InputFile.ReadAll(path);
    }

    internal static TrackerReadResult Read(byte[] content, string displayName, TrackerReadOptions? options, out ModelPlaces places, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(displayName);
        options ??= TrackerReadOptions.Default;
        var limits = options.Limits;
        var format = PackageGuard.Check(content, displayName, limits, cancellationToken);
        if (format == WorkbookFormat.Ods)
        {
            OdsPreflight.Check(content, displayName, limits, cancellationToken);
        }

        if (format is WorkbookFormat.Ods or WorkbookFormat.Xlsb)
        {
            content = LibreOfficeWorkbookConversion.ToXlsx(content, format, displayName, limits, cancellationToken);
            if (PackageGuard.Check(content, displayName, limits, cancellationToken) != WorkbookFormat.Xlsx)
            {
                throw TrackerDiagnostics.Fatal("TRK002", displayName, null, TrackerDiagnostics.Text("Reason.Package"));
            }
        }

        var diagnostics = new DiagnosticBag();
        LoadedWorkbook? workbook = null;
        if (format == WorkbookFormat.Xls)
        {
            try
            {
                workbook = XlsWorkbookLoader.Load(content, displayName, diagnostics, limits, cancellationToken);
            }
            catch (LucBinhException damaged) when (damaged.Diagnostics[0].Code == "TRK002" && LibreOfficeConverter.Find() is not null)
            {
                // ExcelDataReader stops at BIFF it does not know (odd CONTINUE records, string tables that miscount):
                // LibreOffice reads those, so the file gets a second chance as .xlsx; if that fails too, it is damaged.
                diagnostics = new DiagnosticBag();
                content = ThroughLibreOffice(content, WorkbookFormat.Xls, displayName, limits, damaged, cancellationToken);
            }
        }

        if (workbook is null && format == WorkbookFormat.Xlsx)
        {
            try
            {
                workbook = LoadXlsx(content, displayName, diagnostics, limits, cancellationToken);
            }
            catch (LucBinhException refused) when (PackageStructure.IsMarked(refused) && LibreOfficeConverter.Find() is not null)
            {
                // A package Excel opens but System.IO.Packaging does not (case-different or backslashed part names,
                // a missing content type): LibreOffice rewrites it cleanly, measured again; if that fails, the first refusal.
                diagnostics = new DiagnosticBag();
                content = ThroughLibreOffice(content, WorkbookFormat.Xlsx, displayName, limits, refused, cancellationToken);
            }
        }

        workbook ??= LoadXlsx(content, displayName, diagnostics, limits, cancellationToken);
        FormulaEvaluator.Evaluate(workbook, diagnostics, limits, displayName, cancellationToken);
        var data = ModelBuilder.Build(workbook, options, diagnostics, displayName, cancellationToken, out places);
        return new TrackerReadResult(data, diagnostics.ToList());
    }

    private static LoadedWorkbook LoadXlsx(byte[] content, string displayName, DiagnosticBag diagnostics, TrackerLimits limits, CancellationToken cancellationToken)
    {
        try
        {
            return WorkbookLoader.Load(content, displayName, diagnostics, limits, cancellationToken);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or System.Xml.XmlException
            or IOException or ArgumentException or NotSupportedException or InvalidOperationException or FormatException or KeyNotFoundException)
        {
            // A package the checks above let through but the Open XML SDK cannot open: one message, no stack trace.
            throw PackageStructure.Mark(TrackerDiagnostics.Fatal("TRK002", displayName, e, TrackerDiagnostics.Text("Reason.Package")));
        }
    }

    /// <summary>A workbook the first reader refused, as .xlsx written by LibreOffice and measured again; or the first refusal.</summary>
    private static byte[] ThroughLibreOffice(byte[] content, WorkbookFormat format, string displayName, TrackerLimits limits, LucBinhException damaged, CancellationToken cancellationToken)
    {
        byte[] converted;
        try
        {
            converted = LibreOfficeWorkbookConversion.ToXlsx(content, format, displayName, limits, cancellationToken);
        }
        catch (LucBinhException)
        {
            throw damaged;
        }

        return PackageGuard.Check(converted, displayName, limits, cancellationToken) == WorkbookFormat.Xlsx ? converted : throw damaged;
    }
}
