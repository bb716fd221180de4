using System.Diagnostics;

namespace LucBinh.Docs.TestSupport;

/// <summary>The text of a PDF, by poppler's <c>pdftotext</c> (installed with poppler-utils, as .ci/run does).</summary>
public static class PdfText
{
    public static string Of(byte[] pdf)
    {
        var tool = ExternalTools.Require("pdftotext (poppler-utils)", "pdftotext");
        var folder = RepoPaths.NewTempFolder();
        var input = Path.Combine(folder, "in.pdf");
        File.WriteAllBytes(input, pdf);
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-enc", "UTF-8", input, "-" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        Assert.IsTrue(process.WaitForExit(TimeSpan.FromMinutes(1)), "pdftotext did not finish");
        return text.Result;
    }
}
