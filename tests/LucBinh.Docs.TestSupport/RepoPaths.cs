namespace LucBinh.Docs.TestSupport;

/// <summary>Where the repository's files are, found from the test binaries' folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Templates => Path.Combine(Root, "templates");

    public static string ReportTemplate => Path.Combine(Templates, "bao-cao-ket-qua-phoi-hop.docx");

    public static string SampleTracker => Path.Combine(Templates, "samples", "so-theo-doi-6-thang-dau-2024.xlsx");

    public static string BlankTracker => Path.Combine(Templates, "so-theo-doi.xlsx");

    /// <summary>The read-only shared folder beside the repository (seed report, reference notes, schemas).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string SeedReport => Path.Combine(Shared, "seed", "000_279bb1f3d5fb54a6.txt");

    /// <summary>A fresh empty folder for one test's outputs.</summary>
    public static string NewTempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "lucbinh-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "LucBinh.Docs.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("LucBinh.Docs.sln not found above " + AppContext.BaseDirectory);
    }
}
