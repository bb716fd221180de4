using LucBinh.Docs.Templating.Includes;
using LucBinh.Docs.Tracker.Schema;

namespace LucBinh.Docs.Generation;

/// <summary>
/// A template as a host holds it in memory (the web host's folder or SharePoint library): its bytes and the name shown in
/// messages, where its shared blocks (<c>{% include %}</c>) are found, and the tracker schema its manifest declares.
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

    public static implicit operator TemplateFile((byte[] Content, string Name) file) => new(file.Content, file.Name);
}
