using LucBinh.Docs.Tracker.Schema;

namespace LucBinh.Docs.Generation.Catalogue;

/// <summary>
/// What a template of the catalogue declares about itself, kept in a JSON file beside it (<c>templates/&lt;id&gt;.json</c>
/// beside <c>templates/&lt;id&gt;.docx</c>; format in docs/template-catalogue.md): its id, kind, title and description, the
/// tracker schema it reads, and its sample tracker.
/// </summary>
/// <param name="Id">The template's id, the file name without extension (<c>bien-ban-hoi-nghi</c>).</param>
/// <param name="Kind">The kind of document.</param>
/// <param name="Title">The title shown in lists ("Biên bản hội nghị").</param>
public sealed record TemplateManifest(string Id, DocumentKind Kind, string Title)
{
    /// <summary>The code written in the document's symbol: BC, KH, TB, CV, QĐ, BB, TTr, GM.</summary>
    public string KindCode { get; init; } = string.Empty;

    /// <summary>What the template is for, in the user's words.</summary>
    public string? Description { get; init; }

    /// <summary>The tracker the template reads; null means the committee's tracker (<see cref="TrackerSchema.Committee"/>).</summary>
    public TrackerSchema? Schema { get; init; }

    /// <summary>The sample tracker, relative to the manifest's folder (<c>samples/bien-ban-hoi-nghi.xlsx</c>).</summary>
    public string? Sample { get; init; }

    /// <summary>The list a batch run makes one document per item of (<c>--each</c>), e.g. invitees of a giấy mời.</summary>
    public string? Each { get; init; }
}
