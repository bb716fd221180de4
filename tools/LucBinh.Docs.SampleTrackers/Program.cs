using LucBinh.Docs.SampleTrackers;
using LucBinh.Docs.SampleTrackers.Catalogue;
using LucBinh.Docs.Tracker;

// Writes templates/so-theo-doi.xlsx (the blank tracker) and templates/samples/so-theo-doi-6-thang-dau-2024.xlsx
// (the same layout, filled with the data behind the seed report), and the catalogue's manifests templates/<id>.json with
// their sample trackers templates/samples/<id>.xlsx. Usage: dotnet run --project tools/LucBinh.Docs.SampleTrackers -- <repoRoot>
// Benchmark of the reader: dotnet run -c Release --project tools/LucBinh.Docs.SampleTrackers -- bench [rows]
if (args.Length > 1 && args[0] == "bench-read")
{
    return Benchmark.Read(args[1]);
}

if (args.Length > 0 && args[0] == "bench")
{
    return Benchmark.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 50_000);
}

var root = args.Length > 0 ? Path.GetFullPath(args[0]) : FindRepoRoot(Directory.GetCurrentDirectory());
if (root is null || !File.Exists(Path.Combine(root, "LucBinh.Docs.sln")))
{
    Console.Error.WriteLine("Usage: LucBinh.Docs.SampleTrackers <repoRoot> (the folder holding LucBinh.Docs.sln)");
    return 2;
}

var blank = Path.Combine(root, "templates", SampleTrackerData.BlankTrackerPath);
var sample = Path.Combine(root, "templates", SampleTrackerData.SampleTrackerPath);
BlankTracker.Write(blank);
TrackerWorkbook.Write(sample, SampleTrackerData.Build());
Console.WriteLine(blank);
Console.WriteLine(sample);
foreach (var written in CatalogueSamples.Write(Path.Combine(root, "templates")))
{
    Console.WriteLine(written);
}

return 0;

static string? FindRepoRoot(string start)
{
    for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "LucBinh.Docs.sln")))
        {
            return dir.FullName;
        }
    }

    return null;
}
