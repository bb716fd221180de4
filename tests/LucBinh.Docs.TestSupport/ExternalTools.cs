namespace LucBinh.Docs.TestSupport;

/// <summary>
/// Tests that need a program the machine may lack (LibreOffice, Chromium): on a developer's machine they report
/// themselves inconclusive with the reason; in CI (<c>CI=true</c>) a missing program is a failure, because .ci/run
/// must have installed it.
/// </summary>
public static class ExternalTools
{
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string Require(string displayName, params string[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (Path.IsPathRooted(candidate) && File.Exists(candidate))
            {
                return candidate;
            }

            foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
            {
                var path = Path.Combine(folder, candidate);
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }

        var reason = $"{displayName} is not installed ({string.Join(", ", candidates)} not found); .ci/run installs it.";
        if (InCi)
        {
            Assert.Fail(reason);
        }

        Assert.Inconclusive(reason);
        return string.Empty;
    }

    /// <summary>Runs a poppler tool (pdfinfo, pdffonts, pdftotext…) and returns what it printed (a minute at most).</summary>
    public static string Poppler(string name, params string[] args)
    {
        var path = Require(name + " (poppler-utils)", name);
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(path, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        Assert.IsTrue(process.WaitForExit(TimeSpan.FromMinutes(1)), name + " finished");
        return output.Result;
    }
}
