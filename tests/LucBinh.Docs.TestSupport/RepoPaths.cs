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
    /// <remarks>A git worktree sits one folder deeper (<c>wt/NAME</c>): the folder is then two levels up.</remarks>
    public static string Shared { get; } = new[] { Path.Combine(Root, "..", "shared"), Path.Combine(Root, "..", "..", "shared") }
        .Select(Path.GetFullPath).FirstOrDefault(Directory.Exists) ?? Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string SeedReport => Path.Combine(Shared, "seed", "000_279bb1f3d5fb54a6.txt");

    /// <summary>The shared blocks every catalogue template includes (<c>{% include "khoi/….docx" %}</c>).</summary>
    public static string Blocks => Path.Combine(Templates, "khoi");

    /// <summary>
    /// Copies a template into <paramref name="folder"/> (as <paramref name="fileName"/>, else its own name) with the
    /// shared blocks it includes (<c>khoi/</c> beside it, copied once), as an office copies a template it adapts.
    /// </summary>
    /// <returns>The copy's path.</returns>
    public static string CopyTemplate(string template, string folder, string? fileName = null)
    {
        var target = Path.Combine(folder, fileName ?? Path.GetFileName(template));
        File.Copy(template, target);
        CopyBlocks(folder);
        return target;
    }

    /// <summary>Copies <see cref="Blocks"/> into <paramref name="folder"/>/khoi (the blocks already there are kept).</summary>
    public static void CopyBlocks(string folder)
    {
        var blocks = Directory.CreateDirectory(Path.Combine(folder, "khoi")).FullName;
        foreach (var block in Directory.GetFiles(Blocks, "*.docx"))
        {
            var target = Path.Combine(blocks, Path.GetFileName(block));
            if (!File.Exists(target))
            {
                File.Copy(block, target);
            }
        }
    }

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
