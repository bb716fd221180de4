using System.Diagnostics;
using LucBinh.Docs.Diagnostics;

namespace LucBinh.Docs.Conversion;

/// <summary>
/// Converts a file with headless LibreOffice (<c>soffice --headless --convert-to</c>): an .ods or .xlsb tracker to .xlsx,
/// a report to PDF. Each run has its own temporary folder and its own LibreOffice profile (so runs never wait on each
/// other's lock, and a user's own LibreOffice is untouched), a time limit after which the whole process tree is killed,
/// and the token stops it too. The input's bytes are copied into the folder: the user's file is never opened by it.
/// </summary>
public static class LibreOfficeConverter
{
    /// <summary>Where <c>soffice</c> is looked for after <c>LUCBINH_SOFFICE</c> and the PATH.</summary>
    private static readonly string[] KnownPlaces =
    [
        "/usr/bin/soffice",
        "/usr/lib/libreoffice/program/soffice",
        "/opt/libreoffice/program/soffice",
        "/Applications/LibreOffice.app/Contents/MacOS/soffice",
        @"C:\Program Files\LibreOffice\program\soffice.exe",
        @"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
    ];

    /// <summary>The LibreOffice program, or null when it is not installed.</summary>
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable("LUCBINH_SOFFICE") is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }

        var names = OperatingSystem.IsWindows() ? new[] { "soffice.exe" } : ["soffice", "libreoffice"];
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in names)
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return KnownPlaces.FirstOrDefault(File.Exists);
    }

    private const string Prlimit = "/usr/bin/prlimit";

    /// <summary>Converts <paramref name="content"/> (a file with the extension <paramref name="inputExtension"/>) to <paramref name="target"/>.</summary>
    /// <param name="content">The input's bytes.</param>
    /// <param name="inputExtension">The input's extension with its dot (<c>.ods</c>): LibreOffice picks its import filter by it and by content.</param>
    /// <param name="target">LibreOffice's <c>--convert-to</c> argument: <c>xlsx</c>, <c>pdf</c>, <c>pdf:writer_pdf_Export:{…}</c>.</param>
    /// <param name="targetExtension">The extension of the file LibreOffice writes (<c>.xlsx</c>, <c>.pdf</c>).</param>
    /// <param name="limits">How long the conversion may take before LibreOffice is killed, and how much memory it may use.</param>
    /// <param name="displayName">The name shown in messages.</param>
    /// <param name="cancellationToken">Stops the conversion (the process is killed).</param>
    /// <exception cref="LucBinhException">IO020 LibreOffice is not installed; IO021 the conversion took too long; IO022 it produced nothing.</exception>
    public static Task<byte[]> ConvertAsync(
        byte[] content,
        string inputExtension,
        string target,
        string targetExtension,
        LibreOfficeLimits limits,
        string displayName,
        CancellationToken cancellationToken = default) =>
        ConvertAsync(content, inputExtension, null, target, targetExtension, limits, displayName, cancellationToken);

    /// <summary>
    /// As above, with LibreOffice's import filter named (<c>MS Excel 97</c>): a file that filter cannot read fails (IO022)
    /// instead of being imported by another one (a damaged .xls read as a text file).
    /// </summary>
    public static async Task<byte[]> ConvertAsync(
        byte[] content,
        string inputExtension,
        string? inputFilter,
        string target,
        string targetExtension,
        LibreOfficeLimits limits,
        string displayName,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);
        var soffice = Find() ?? throw LucBinhException.Common("IO020", new FileLocation(displayName), null, displayName);
        var folder = Path.Combine(Path.GetTempPath(), "lucbinh-soffice-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var input = Path.Combine(folder, "input" + inputExtension);
            await File.WriteAllBytesAsync(input, content, cancellationToken).ConfigureAwait(false);
            var output = Path.Combine(folder, "out");
            // Where the system can cap a child's memory (Linux's prlimit, util-linux), LibreOffice runs under that cap.
            var capped = limits.MaxMemoryBytes > 0 && OperatingSystem.IsLinux() && File.Exists(Prlimit);
            var start = new ProcessStartInfo(capped ? Prlimit : soffice)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
                WorkingDirectory = folder,
            };
            if (capped)
            {
                start.ArgumentList.Add("--as=" + limits.MaxMemoryBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
                start.ArgumentList.Add("--");
                start.ArgumentList.Add(soffice);
            }

            foreach (var argument in new[]
            {
                "-env:UserInstallation=" + new Uri(Path.Combine(folder, "profile")).AbsoluteUri,
                "--headless", "--norestore", "--nolockcheck", "--nodefault", "--nologo",
            })
            {
                start.ArgumentList.Add(argument);
            }

            if (inputFilter is not null)
            {
                start.ArgumentList.Add("--infilter=" + inputFilter);
            }

            foreach (var argument in new[] { "--convert-to", target, "--outdir", output, input })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw LucBinhException.Common("IO020", new FileLocation(displayName), null, displayName);
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(limits.Timeout);
            try
            {
                await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                Kill(process);
                cancellationToken.ThrowIfCancellationRequested();
                throw LucBinhException.Common("IO021", new FileLocation(displayName), null, displayName, (int)limits.Timeout.TotalSeconds);
            }

            await Task.WhenAll(stdout, stderr).ConfigureAwait(false);
            var produced = Path.Combine(output, "input" + targetExtension);
            if (!File.Exists(produced))
            {
                throw LucBinhException.Common("IO022", new FileLocation(displayName), null, displayName, process.ExitCode);
            }

            return await File.ReadAllBytesAsync(produced, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            TryDelete(folder);
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // It ended by itself in the meantime.
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a killed process: the system's temp cleaning takes it later.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>How long one LibreOffice conversion may take, and the address space it may use (0: not capped).</summary>
public sealed record LibreOfficeLimits(TimeSpan Timeout, long MaxMemoryBytes = 0);
