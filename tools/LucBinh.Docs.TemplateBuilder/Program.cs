// Builds the catalogue's templates (templates/<id>.docx), their shared blocks (templates/khoi/*.docx) and the chart
// sample templates/samples/bieu-do-tuyen-truyen.docx with the Open XML SDK, validates them, and writes each only when
// it passes.
//   dotnet run --project tools/LucBinh.Docs.TemplateBuilder -- <repoRoot> [--check] [--inline-blocks]
// --check: build and validate, then exit 1 if a committed file differs from what the generator builds.
// --inline-blocks: write the blocks' content into each template instead of {% include %} lines (for an engine
// without include).
using System.Text;
using LucBinh.Docs.TemplateBuilder;
using LucBinh.Docs.TemplateBuilder.Catalogue;

Console.OutputEncoding = Encoding.UTF8;

var check = args.Contains("--check", StringComparer.Ordinal);
Blocks.Inline = args.Contains("--inline-blocks", StringComparer.Ordinal);
var positional = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
if (positional.Count > 1 || args.Contains("--help", StringComparer.Ordinal))
{
    Console.Error.WriteLine("usage: LucBinh.Docs.TemplateBuilder [repoRoot] [--check] [--inline-blocks]");
    return 2;
}

var repoRoot = Path.GetFullPath(positional.Count == 1 ? positional[0] : Directory.GetCurrentDirectory());
if (!Directory.Exists(Path.Combine(repoRoot, "templates")))
{
    Console.Error.WriteLine($"error: {repoRoot} has no templates/ folder; pass the repository root.");
    return 2;
}

var templates = Path.Combine(repoRoot, "templates");
var targets = new List<(string Path, Func<byte[]> Build)>();
targets.AddRange(Blocks.All.Select(b => (Path.Combine(templates, Blocks.Folder, b.FileName), (Func<byte[]>)(() => TemplateBuilder.Build(b.Spec)))));
targets.AddRange(CatalogueTemplates.All.Select(t => (Path.Combine(templates, t.Id + ".docx"), (Func<byte[]>)(() => TemplateBuilder.Build(t.Spec)))));
targets.Add((Path.Combine(templates, "samples", ChartSample.FileName), ChartSample.Build));

var exitCode = 0;
foreach (var (target, build) in targets)
{
    exitCode = Math.Max(exitCode, Write(target, build(), check));
}

return exitCode;

static int Write(string target, byte[] bytes, bool check)
{
    var problems = TemplateChecks.Run(bytes);
    if (problems.Count > 0)
    {
        Console.Error.WriteLine($"error: {target}: the generated template has {problems.Count} problem(s); nothing was written:");
        foreach (var problem in problems)
        {
            Console.Error.WriteLine("  " + problem);
        }

        return 1;
    }

    var current = File.Exists(target) ? File.ReadAllBytes(target) : null;
    var same = current is not null && current.AsSpan().SequenceEqual(bytes);
    if (check)
    {
        Console.WriteLine(same ? $"up to date: {target}" : $"out of date: {target} (run without --check to rebuild it)");
        return same ? 0 : 1;
    }

    if (same)
    {
        Console.WriteLine($"unchanged: {target} ({bytes.Length} bytes, validated)");
        return 0;
    }

    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
    var temp = target + ".tmp";
    File.WriteAllBytes(temp, bytes);
    File.Move(temp, target, overwrite: true);
    Console.WriteLine($"wrote: {target} ({bytes.Length} bytes, validated)");
    return 0;
}
