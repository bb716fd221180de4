namespace LucBinh.Docs.Cli;

/// <summary>
/// The sample tracker and template used when the user names none. They are copied next to the tool at build time
/// (<c>templates/</c>); when run from a source checkout, the repository's <c>templates/</c> folder is used as well.
/// </summary>
internal static class DefaultFiles
{
    public const string TemplateName = "bao-cao-ket-qua-phoi-hop.docx";
    public const string SampleTrackerName = "samples/so-theo-doi-6-thang-dau-2024.xlsx";

    public static string Template => Find(TemplateName);

    public static string SampleTracker => Find(SampleTrackerName);

    /// <summary>The default folder for reports: <c>out/</c> under the current folder.</summary>
    public static string OutputFolder => Path.Combine(Directory.GetCurrentDirectory(), "out");

    private static string Find(string relative)
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "templates", relative);
        if (File.Exists(beside))
        {
            return beside;
        }

        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "templates", relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return beside; // reported as missing, with its path, by the reader
    }
}
