using System.Diagnostics;

namespace LucBinh.Docs.TestSupport;

/// <summary>Converts documents with headless LibreOffice, each call with its own profile so tests can run in parallel.</summary>
public static class LibreOffice
{
    public static byte[] ConvertToPdf(byte[] docx, string name = "report.docx")
    {
        var soffice = ExternalTools.Require("LibreOffice", "soffice", "libreoffice");
        var folder = RepoPaths.NewTempFolder();
        var input = Path.Combine(folder, name);
        File.WriteAllBytes(input, docx);
        var profile = new Uri(Path.Combine(folder, "profile")).AbsoluteUri;
        var start = new ProcessStartInfo(soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        foreach (var argument in new[] { "-env:UserInstallation=" + profile, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", folder, input })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("LibreOffice did not finish converting within 3 minutes.");
        }

        var pdf = Path.ChangeExtension(input, ".pdf");
        Assert.IsTrue(File.Exists(pdf), $"LibreOffice produced no PDF (exit {process.ExitCode}): {stdout.Result} {stderr.Result}");
        return File.ReadAllBytes(pdf);
    }

    /// <summary>The PDF's page count, read from its page tree (enough for a sanity check, no PDF library needed).</summary>
    public static int PageCount(byte[] pdf)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        return System.Text.RegularExpressions.Regex.Count(text, @"/Type\s*/Page[^s]");
    }
}
