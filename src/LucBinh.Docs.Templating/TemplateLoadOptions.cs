using LucBinh.Docs.Templating.Includes;

namespace LucBinh.Docs.Templating;

/// <summary>How a template is loaded: its limits, and where the blocks its include tags name are found.</summary>
public sealed record TemplateLoadOptions
{
    /// <summary>How much work the template and its blocks may cost.</summary>
    public TemplateLimits Limits { get; init; } = TemplateLimits.Default;

    /// <summary>
    /// Where <c>{% include "…" %}</c> finds its blocks; null refuses a template that includes one (TPL047).
    /// <see cref="DocxTemplate.Load(string, TemplateLimits?)"/> uses the template's own folder.
    /// </summary>
    public ITemplateIncludes? Includes { get; init; }

    /// <summary>
    /// The template's own path from the includes' root (<c>bao-cao.docx</c>, or <c>ke-hoach/mau.docx</c> when the root
    /// is a folder above it): include paths are relative to its folder, and including it is a cycle. Default: the
    /// template's file name, at the root.
    /// </summary>
    public string? TemplatePath { get; init; }
}
