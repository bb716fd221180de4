using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Text;

namespace LucBinh.Docs.Generation.Catalogue;

/// <summary>
/// The templates of a folder (<c>templates/</c> by default): each <c>&lt;id&gt;.docx</c> directly inside it, with its
/// manifest <c>&lt;id&gt;.json</c> (docs/template-catalogue.md), ordered by kind then id. Office lock files (<c>~$…</c>) and
/// sub-folders (samples, shared blocks) are not templates. At most <see cref="ManifestLimits.MaxTemplates"/> are read.
/// </summary>
public sealed class TemplateCatalogue
{
    private TemplateCatalogue(string folder, IReadOnlyList<CatalogueEntry> entries, IReadOnlyList<Diagnostic> problems)
    {
        Folder = folder;
        Entries = entries;
        FolderDiagnostics = problems;
    }

    /// <summary>The folder's full path.</summary>
    public string Folder { get; }

    public IReadOnlyList<CatalogueEntry> Entries { get; }

    /// <summary>Problems of the folder itself (too many templates, GEN021).</summary>
    public IReadOnlyList<Diagnostic> FolderDiagnostics { get; }

    /// <summary>Every problem: the folder's, then each manifest's.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => [.. FolderDiagnostics, .. Entries.SelectMany(e => e.Diagnostics)];

    public static TemplateCatalogue Load(string folder, ManifestLimits? limits = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        limits ??= ManifestLimits.Default;
        var fullFolder = Path.GetFullPath(folder);
        if (!Directory.Exists(fullFolder))
        {
            return new TemplateCatalogue(fullFolder, [], []);
        }

        var files = Directory.EnumerateFiles(fullFolder, "*.docx", SearchOption.TopDirectoryOnly)
            .Where(p => !Path.GetFileName(p).StartsWith("~$", StringComparison.Ordinal))
            .Take(limits.MaxTemplates + 1)
            .ToList();
        var problems = new List<Diagnostic>();
        if (files.Count > limits.MaxTemplates)
        {
            files.RemoveAt(files.Count - 1);
            problems.Add(CatalogueDiagnostics.Warning("GEN021", new FileLocation(fullFolder), CatalogueDiagnostics.Text("What.Templates"), CatalogueDiagnostics.Count(limits.MaxTemplates)));
        }

        var entries = files.Select(f => Describe(f, limits))
            .OrderBy(e => e.Manifest.Kind)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        return new TemplateCatalogue(fullFolder, entries, problems);
    }

    /// <summary>The template of this id (the file name without .docx, exactly), or null.</summary>
    public CatalogueEntry? Find(string id) => Entries.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.Ordinal));

    /// <summary>
    /// A template named by the user: a path to a .docx (anything that exists as a file, ends in .docx or holds a folder
    /// separator), or an id of this catalogue.
    /// </summary>
    /// <exception cref="LucBinhException">GEN029: neither a file nor an id of the catalogue (with the closest id).</exception>
    public CatalogueEntry Resolve(string idOrPath, ManifestLimits? limits = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(idOrPath);
        if (LooksLikePath(idOrPath))
        {
            return Describe(idOrPath, limits);
        }

        if (Find(idOrPath) is { } entry)
        {
            return entry;
        }

        var closest = Suggestions.Closest(idOrPath, Entries.Select(e => e.Id));
        throw new LucBinhException(CatalogueDiagnostics.Error(
            "GEN029",
            null,
            idOrPath,
            Folder,
            closest is null ? string.Empty : CatalogueDiagnostics.Text("Suggest", closest)));
    }

    /// <summary>One template file and the manifest beside it (<c>x.docx</c> → <c>x.json</c>), if any.</summary>
    public static CatalogueEntry Describe(string templatePath, ManifestLimits? limits = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(templatePath);
        var fullPath = Path.GetFullPath(templatePath);
        var id = Path.GetFileNameWithoutExtension(fullPath);
        var manifestPath = Path.ChangeExtension(fullPath, ".json");
        if (!File.Exists(manifestPath))
        {
            return new CatalogueEntry(fullPath, CatalogueEntry.StandIn(id));
        }

        ManifestReadResult read;
        try
        {
            read = ManifestReader.ReadFile(manifestPath, id, limits);
        }
        catch (LucBinhException e)
        {
            // An unreadable manifest (locked, no permission) is that template's problem, not the whole catalogue's.
            read = new ManifestReadResult(null, e.Diagnostics);
        }

        var manifest = read.Manifest ?? CatalogueEntry.StandIn(id);
        var folder = Path.GetDirectoryName(fullPath)!;
        var sample = manifest.Sample is { } relative ? Path.GetFullPath(Path.Combine(folder, relative)) : null;
        return new CatalogueEntry(fullPath, manifest)
        {
            ManifestPath = manifestPath,
            SamplePath = sample is not null && File.Exists(sample) ? sample : null,
            Diagnostics = read.Diagnostics,
        };
    }

    private static bool LooksLikePath(string value) =>
        File.Exists(value)
        || value.EndsWith(".docx", StringComparison.OrdinalIgnoreCase)
        || value.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal)
        || value.Contains(Path.AltDirectorySeparatorChar, StringComparison.Ordinal);
}
