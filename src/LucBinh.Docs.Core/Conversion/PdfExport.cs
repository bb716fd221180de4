using LucBinh.Docs.Diagnostics;

namespace LucBinh.Docs.Conversion;

/// <summary>
/// A document as PDF/A-2b made by headless LibreOffice, with no cloud (issue 14): fit to be signed digitally (ký số)
/// and archived, every font embedded (PDF/A requires it). Used by <c>issue</c>, <c>generate --pdf</c> and the web
/// host. The conversion has <see cref="LibreOfficeConverter"/>'s guards: a private profile and folder per run, a time
/// limit after which the process tree is killed, a memory cap; the size of the document is bounded before LibreOffice
/// starts.
/// </summary>
public static class PdfExport
{
    /// <summary>
    /// LibreOffice's PDF export filter with its options as JSON (LibreOffice 7.4 and later): PDF version 2 is PDF/A-2b;
    /// tagged PDF keeps the reading order for screen readers.
    /// </summary>
    public const string PdfA2Filter =
        "pdf:writer_pdf_Export:{\"SelectPdfVersion\":{\"type\":\"long\",\"value\":\"2\"},\"UseTaggedPDF\":{\"type\":\"boolean\",\"value\":\"true\"}}";

    /// <summary>The command line's limits: two minutes, 3 GB of address space.</summary>
    public static PdfExportLimits Default { get; } = new();

    /// <summary>The web host's limits: a minute, 1.5 GB.</summary>
    public static PdfExportLimits Server { get; } = new()
    {
        MaxDocumentBytes = 50L * 1024 * 1024,
        Conversion = new LibreOfficeLimits(TimeSpan.FromSeconds(60), 1536L * 1024 * 1024),
    };

    /// <summary>True when LibreOffice is installed (<c>LUCBINH_SOFFICE</c>, the PATH or a usual place).</summary>
    public static bool IsAvailable => LibreOfficeConverter.Find() is not null;

    /// <summary>Converts a .docx to PDF/A-2b.</summary>
    /// <param name="docx">The document's bytes (never a path: the user's file is not opened by LibreOffice).</param>
    /// <param name="displayName">The document's name in messages.</param>
    /// <param name="limits">Null: <see cref="Default"/>.</param>
    /// <param name="cancellationToken">Stops the conversion (LibreOffice is killed).</param>
    /// <exception cref="LucBinhException">
    /// IO032 LibreOffice is not installed (IO020's form for a PDF); IO021 time limit; IO022 no output; IO030 the document is larger than the
    /// limit; IO031 what LibreOffice wrote is not a PDF.
    /// </exception>
    public static async Task<byte[]> ToPdfAAsync(byte[] docx, string displayName, PdfExportLimits? limits = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(docx);
        limits ??= Default;
        if (!IsAvailable)
        {
            throw LucBinhException.Common("IO032", new FileLocation(displayName), null, displayName);
        }

        if (docx.LongLength > limits.MaxDocumentBytes)
        {
            throw LucBinhException.Common("IO030", new FileLocation(displayName), null, displayName, limits.MaxDocumentBytes / (1024 * 1024));
        }

        var pdf = await LibreOfficeConverter.ConvertAsync(docx, ".docx", PdfA2Filter, ".pdf", limits.Conversion, displayName, cancellationToken).ConfigureAwait(false);
        return IsPdf(pdf) ? pdf : throw LucBinhException.Common("IO031", new FileLocation(displayName), null, displayName);
    }

    /// <summary>Converts a .docx file and writes the PDF beside it (same name, .pdf), atomically; returns the PDF's path.</summary>
    /// <exception cref="LucBinhException">As <see cref="ToPdfAAsync"/>, and IO003 when the PDF cannot be written.</exception>
    public static async Task<string> WriteBesideAsync(string docxPath, PdfExportLimits? limits = null, CancellationToken cancellationToken = default)
    {
        var content = IO.InputFile.ReadAll(docxPath);
        var pdf = await ToPdfAAsync(content, Path.GetFileName(docxPath), limits, cancellationToken).ConfigureAwait(false);
        var target = Path.ChangeExtension(Path.GetFullPath(docxPath), ".pdf");
        IO.AtomicFile.Write(target, pdf);
        return target;
    }

    private static bool IsPdf(byte[] content) =>
        content.Length > 8 && content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F' && content[4] == '-';
}

/// <summary>What one PDF export may cost: the document's size (checked before LibreOffice starts) and the conversion's limits.</summary>
public sealed record PdfExportLimits
{
    public long MaxDocumentBytes { get; init; } = 200L * 1024 * 1024;

    public LibreOfficeLimits Conversion { get; init; } = new(TimeSpan.FromSeconds(120), 3L * 1024 * 1024 * 1024);
}
