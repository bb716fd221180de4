using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Tracker.Schema;

namespace LucBinh.Docs.Generation.Catalogue;

/// <summary>
/// One template of a catalogue: the .docx, its manifest (read from <c>&lt;id&gt;.json</c> beside it; a template without one
/// is of kind <see cref="DocumentKind.Other"/> and reads the committee's tracker), and the problems its manifest has.
/// </summary>
/// <param name="TemplatePath">The template's full path.</param>
/// <param name="Manifest">What the template declares; a stand-in (kind Other, the committee's schema) when it has no
/// manifest or the manifest has errors.</param>
public sealed record CatalogueEntry(string TemplatePath, TemplateManifest Manifest)
{
    public string Id => Manifest.Id;

    /// <summary>The manifest's full path, null when the template has none.</summary>
    public string? ManifestPath { get; init; }

    /// <summary>The sample tracker's full path when the manifest names one that exists.</summary>
    public string? SamplePath { get; init; }

    /// <summary>The manifest's problems (GEN020–GEN028); with an error, <see cref="Manifest"/> is the stand-in.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The tracker the template reads: its manifest's schema, or the committee's.</summary>
    public TrackerSchema Schema => Manifest.Schema ?? TrackerSchema.Committee;

    /// <summary>A template file without (a usable) manifest.</summary>
    public static TemplateManifest StandIn(string id) => new(id, DocumentKind.Other, id);

    /// <summary>The manifest's errors as the exception that stops a job that wanted to use this template.</summary>
    public void ThrowIfInvalid()
    {
        if (HasErrors)
        {
            throw new LucBinhException([.. Diagnostics.Where(d => d.IsError)]);
        }
    }
}
