using LucBinh.Docs.Conversion;

namespace LucBinh.Docs.Issuing;

/// <summary>Turns the final .docx into the PDF that is signed and archived.</summary>
public interface IPdfConverter
{
    /// <summary>False when the converter cannot run here (checked before a number is taken).</summary>
    bool IsAvailable { get; }

    Task<byte[]> ConvertAsync(byte[] docx, string displayName, CancellationToken cancellationToken);
}

/// <summary>PDF/A-2b by headless LibreOffice (<see cref="PdfExport"/>).</summary>
public sealed class LibreOfficePdfConverter(PdfExportLimits? limits = null) : IPdfConverter
{
    public bool IsAvailable => PdfExport.IsAvailable;

    public Task<byte[]> ConvertAsync(byte[] docx, string displayName, CancellationToken cancellationToken) =>
        PdfExport.ToPdfAAsync(docx, displayName, limits, cancellationToken);
}
