using Fluid;
using LucBinh.Docs.Diagnostics;

namespace LucBinh.Docs.Templating;

/// <summary>One text part of the template (body, a header…), compiled to Liquid once and rendered many times.</summary>
internal sealed class CompiledPart(Uri uri, DocumentPart kind, string liquidSource, IFluidTemplate? template)
{
    public Uri Uri { get; } = uri;

    public DocumentPart Kind { get; } = kind;

    /// <summary>The part's XML with its tags in place, as Liquid text (kept for diagnostics and tests).</summary>
    public string LiquidSource { get; } = liquidSource;

    /// <summary>Null when the part has no tag: it is copied unchanged.</summary>
    public IFluidTemplate? Template { get; } = template;
}
