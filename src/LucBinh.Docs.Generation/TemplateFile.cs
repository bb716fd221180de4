using LucBinh.Docs.IO;
using LucBinh.Docs.Templating;
using LucBinh.Docs.Templating.Includes;
using LucBinh.Docs.Tracker.Schema;

namespace LucBinh.Docs.Generation;

/// <summary>
/// A template as a host holds it in memory (a file read once, the web host's folder or SharePoint library): its bytes
/// and the name shown in messages, where its shared blocks (<c>{% include %}</c>) are found, and the tracker schema its
/// manifest declares. A file on disk is opened with <see cref="FromPath"/>, so its blocks are always those of its folder.
/// </summary>
/// <param name="Content">The .docx bytes.</param>
/// <param name="Name">The name shown in messages.</param>
public sealed record TemplateFile(byte[] Content, string Name)
{
    /// <summary>Where the template's blocks are read from; null: a template with an include tag is refused (TPL047).</summary>
    public ITemplateIncludes? Includes { get; init; }

    /// <summary>The template's path inside the includes' root (<c>bao-cao.docx</c>), so relative block paths resolve.</summary>
    public string? PathInFolder { get; init; }

    /// <summary>The tracker the template reads (its manifest's); null: the committee's.</summary>
    public TrackerSchema? Schema { get; init; }

    /// <summary>The manifest beside the template (its kind and kind code, for issuing), when a template source read one.</summary>
    public Catalogue.TemplateManifest? Manifest { get; init; }

    /// <summary>
    /// A template file read once (never written), named by its full path, its blocks found in its own folder
    /// (<c>khoi/…</c> beside it) as <see cref="DocxTemplate.Load(string, TemplateLimits?)"/> finds them.
    /// </summary>
    /// <exception cref="Diagnostics.LucBinhException">The file cannot be read.</exception>
    public static TemplateFile FromPath(string path, TrackerSchema? schema = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        return new TemplateFile(InputFile.ReadAll(full), full)
        {
            Includes = new FolderTemplateIncludes(Path.GetDirectoryName(full)!),
            PathInFolder = Path.GetFileName(full),
            Schema = schema,
        };
    }

    /// <summary>How the template is loaded: the limits given, and its blocks.</summary>
    public TemplateLoadOptions LoadOptions(TemplateLimits limits) => new() { Limits = limits, Includes = Includes, TemplatePath = PathInFolder };

    /// <summary>Loads the template with its blocks.</summary>
    /// <exception cref="Diagnostics.LucBinhException">The file is not a template that can be read at all.</exception>
    public DocxTemplate Load(TemplateLimits? limits = null) => DocxTemplate.Load(Content, Name, LoadOptions(limits ?? TemplateLimits.Default));
}
