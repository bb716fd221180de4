using System.Diagnostics;
using System.Globalization;
using LucBinh.Docs.Diagnostics;

namespace LucBinh.Docs.Conversion;

/// <summary>
/// A picture of a document's first page (the add-in's preview before anything is stored): LibreOffice makes the PDF
/// (<see cref="LibreOfficeConverter"/>'s guards), poppler's <c>pdftoppm</c> draws page 1 as PNG at a low resolution,
/// under its own time limit, in a private temporary folder.
/// </summary>
public static class PagePreview
{
    /// <summary>Where <c>pdftoppm</c> is looked for after <c>LUCBINH_PDFTOPPM</c> and the PATH.</summary>
    private static readonly string[] KnownPlaces = ["/usr/bin/pdftoppm", "/usr/local/bin/pdftoppm", "/opt/homebrew/bin/pdftoppm"];

    /// <summary>poppler's <c>pdftoppm</c>, or null when it is not installed.</summary>
    public static string? FindPdftoppm()
    {
        if (Environment.GetEnvironmentVariable("LUCBINH_PDFTOPPM") is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }

        var name = OperatingSystem.IsWindows() ? "pdftoppm.exe" : "pdftoppm";
        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name)).FirstOrDefault(File.Exists) ?? KnownPlaces.FirstOrDefault(File.Exists);
    }

    /// <summary>The first page of a .docx as PNG.</summary>
    /// <param name="docx">The document's bytes.</param>
    /// <param name="displayName">The name in messages.</param>
    /// <param name="limits">The conversion's limits (null: <see cref="PdfExport.Server"/>: a preview is asked for by the web host).</param>
    /// <param name="dotsPerInch">The picture's resolution (20–150): 60 makes an A4 page about 500 × 700 pixels.</param>
    /// <param name="cancellationToken">Stops the work (the processes are killed).</param>
    /// <exception cref="LucBinhException">IO032/IO021/IO022/IO030 as for a PDF; IO033 pdftoppm is not installed; IO034 it drew nothing in time.</exception>
    public static async Task<byte[]> FirstPagePngAsync(byte[] docx, string displayName, PdfExportLimits? limits = null, int dotsPerInch = 60, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(docx);
        limits ??= PdfExport.Server;
        var pdftoppm = FindPdftoppm() ?? throw LucBinhException.Common("IO033", new FileLocation(displayName), null, displayName);
        var pdf = await PdfExport.ToPdfAAsync(docx, displayName, limits, cancellationToken).ConfigureAwait(false);
        var folder = Path.Combine(Path.GetTempPath(), "lucbinh-preview-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var input = Path.Combine(folder, "in.pdf");
            await File.WriteAllBytesAsync(input, pdf, cancellationToken).ConfigureAwait(false);
            var start = new ProcessStartInfo(pdftoppm) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder };
            foreach (var argument in new[] { "-f", "1", "-l", "1", "-r", Math.Clamp(dotsPerInch, 20, 150).ToString(CultureInfo.InvariantCulture), "-png", "-singlefile", input, Path.Combine(folder, "page") })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw LucBinhException.Common("IO033", new FileLocation(displayName), null, displayName);
            var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(TimeSpan.FromSeconds(30));
            try
            {
                await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                try
                {
                    process.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                    // It ended by itself in the meantime.
                }

                cancellationToken.ThrowIfCancellationRequested();
                throw LucBinhException.Common("IO034", new FileLocation(displayName), null, displayName);
            }

            await Task.WhenAll(stdout, stderr).ConfigureAwait(false);
            var png = Path.Combine(folder, "page.png");
            return File.Exists(png)
                ? await File.ReadAllBytesAsync(png, cancellationToken).ConfigureAwait(false)
                : throw LucBinhException.Common("IO034", new FileLocation(displayName), null, displayName);
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // The system's temp cleaning takes it later.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
