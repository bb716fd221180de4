using LucBinh.Docs.Generation.Catalogue;

namespace LucBinh.Docs.Web.Templates;

/// <summary>Where templates come from: the server's folder or a SharePoint library.</summary>
public interface ITemplateSource
{
    Task<IReadOnlyList<TemplateInfo>> ListAsync(string? userAssertion, CancellationToken cancellationToken);

    /// <summary>The template's bytes and the name shown in messages; null when <paramref name="id"/> names none.</summary>
    Task<(byte[] Content, string Name)?> OpenAsync(string id, string? userAssertion, CancellationToken cancellationToken);
}

/// <summary>
/// A template the add-in can offer (<c>GET /api/templates</c>, docs/web-api.md). <see cref="Source"/>: <c>server</c> or
/// <c>sharepoint</c>. Kind, kind code, title and sheets come from the template's manifest (<c>&lt;id&gt;.json</c> beside
/// the .docx, docs/template-catalogue.md); a template without one is of kind <c>Other</c> and reads the committee's tracker.
/// </summary>
/// <param name="Id">What the add-in sends back as <c>template</c>.</param>
/// <param name="Name">The title shown in the picker (kept for older task panes; same as <see cref="Title"/>).</param>
/// <param name="Description">What the template is for, shown under the picker.</param>
/// <param name="Source"><c>server</c> or <c>sharepoint</c>.</param>
public sealed record TemplateInfo(string Id, string Name, string? Description, string Source)
{
    /// <summary>The kind's name (<c>Report</c>, <c>Minutes</c>…, <see cref="DocumentKind"/>); the picker groups by it.</summary>
    public string Kind { get; init; } = nameof(DocumentKind.Other);

    /// <summary>The code of the kind in the document's symbol (BC, BB…), empty for Other.</summary>
    public string KindCode { get; init; } = string.Empty;

    public string Title => Name;

    /// <summary>The tracker sheets the template reads, in order.</summary>
    public IReadOnlyList<TemplateSheet> Sheets { get; init; } = [];

    /// <summary>What the listing shows of a template whose manifest (or its stand-in) is <paramref name="manifest"/>.</summary>
    internal static TemplateInfo From(string id, TemplateManifest? manifest, string fallbackName, string? fallbackDescription, string source)
    {
        var schema = manifest?.Schema ?? Tracker.Schema.TrackerSchema.Committee;
        return new TemplateInfo(id, manifest?.Title ?? fallbackName, manifest?.Description ?? fallbackDescription, source)
        {
            Kind = (manifest?.Kind ?? DocumentKind.Other).ToString(),
            KindCode = manifest?.KindCode ?? string.Empty,
            Sheets = [.. schema.Sheets.Select(s => new TemplateSheet(s.Name, s.Key))],
        };
    }
}

/// <summary>A sheet a template needs: its name in the workbook and its key in the data.</summary>
public sealed record TemplateSheet(string Name, string Key);
