namespace LucBinh.Docs.Tracker.Tests.Support;

/// <summary>Paths of the repository and scratch folders for tests.</summary>
internal static class TestFiles
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string SampleTracker => Path.Combine(RepoRoot, "templates", "samples", "so-theo-doi-6-thang-dau-2024.xlsx");

    public static string BlankTracker => Path.Combine(RepoRoot, "templates", "so-theo-doi.xlsx");

    /// <summary>A new empty folder under the system temp folder.</summary>
    public static string NewFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "lucbinh-tracker-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LucBinh.Docs.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("LucBinh.Docs.sln not found above " + AppContext.BaseDirectory);
    }
}
