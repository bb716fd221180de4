using LucBinh.Docs.Generation.Catalogue;
using LucBinh.Docs.Tracker.Schema;

namespace LucBinh.Docs.Cli.Commands;

/// <summary>
/// The template a command works with, named by the user (<c>--template</c>) as an id of the catalogue
/// (<c>bien-ban-hoi-nghi</c>) or as a path to a .docx; with none, the bundled template. It carries what the template's
/// manifest declares: the tracker schema, the sample tracker, the list a batch runs over.
/// </summary>
internal sealed class TemplateChoice
{
    /// <summary>Another folder of templates than the bundled one (an office's shared folder), for every command.</summary>
    public const string FolderVariable = "LUCBINH_TEMPLATES";

    private TemplateChoice(CatalogueEntry entry) => Entry = entry;

    public CatalogueEntry Entry { get; }

    public string TemplatePath => Entry.TemplatePath;

    /// <summary>The tracker the template reads (its manifest's schema, or the committee's).</summary>
    public TrackerSchema Schema => Entry.Schema;

    /// <summary>The list the template makes one document per item of (a giấy mời per invitee), or null.</summary>
    public string? Each => Entry.Manifest.Each;

    /// <summary>The catalogue's folder: <c>LUCBINH_TEMPLATES</c> when set, else the bundled <c>templates/</c>.</summary>
    public static string CatalogueFolder =>
        Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } folder
            ? Path.GetFullPath(folder)
            : Path.GetDirectoryName(DefaultFiles.Template)!;

    /// <summary>
    /// The template named by <paramref name="idOrPath"/>, or the bundled one. Its manifest's warnings (a missing sample)
    /// are printed; its errors stop the command (exit code 1, each located in the manifest).
    /// </summary>
    /// <exception cref="LucBinh.Docs.Diagnostics.LucBinhException">GEN029 (no such template) or the manifest's errors.</exception>
    public static TemplateChoice Resolve(string? idOrPath, CliText text, TextWriter error)
    {
        var entry = idOrPath is null
            ? TemplateCatalogue.Describe(Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } ? Path.Combine(CatalogueFolder, DefaultFiles.TemplateName) : DefaultFiles.Template)
            : TemplateCatalogue.Load(CatalogueFolder).Resolve(idOrPath);
        entry.ThrowIfInvalid();
        DiagnosticPrinter.Print(error, entry.Diagnostics, text);
        return new TemplateChoice(entry);
    }

    /// <summary>The tracker to read: the one given, else the template's own sample, else the bundled sample.</summary>
    public string Tracker(string? given) => given ?? Entry.SamplePath ?? DefaultFiles.SampleTracker;
}
