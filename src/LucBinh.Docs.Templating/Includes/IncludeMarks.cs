using System.Xml.Linq;
using LucBinh.Docs.Diagnostics;

namespace LucBinh.Docs.Templating.Includes;

/// <summary>
/// On a paragraph or table brought in from a block: its number in the block (as Word shows it there) and where the
/// block was included, so <see cref="Layout.ParagraphLocator"/> names the block's own paragraph and the template's
/// numbers stay those of the template.
/// </summary>
internal sealed class IncludedElement(int number, IncludedLocation origin)
{
    public int Number { get; } = number;

    /// <summary>The block (its path) and where it was included; <see cref="IncludedLocation.Place"/> is null.</summary>
    public IncludedLocation Origin { get; } = origin;

    public static IncludedElement? Of(XElement element) => element.Annotation<IncludedElement>();
}

/// <summary>On a paragraph holding only an include tag that the expander handled (expanded, or reported).</summary>
internal sealed class HandledInclude
{
    public static readonly HandledInclude Instance = new();

    public static bool IsOn(XElement paragraph) => paragraph.Annotation<HandledInclude>() is not null;
}

/// <summary>Locations with the tag text attached, whatever kind of place they are.</summary>
internal static class Locations
{
    public static DiagnosticLocation WithTag(this DiagnosticLocation location, string tag) => location switch
    {
        DocumentLocation document => document with { Tag = tag },
        IncludedLocation { Place: { } place } included => included with { Place = place with { Tag = tag } },
        _ => location,
    };

    /// <summary>A paragraph holding only a picture or chart: "đoạn 2", not "đoạn 2 («»)".</summary>
    public static DiagnosticLocation WithoutEmptyExcerpt(this DiagnosticLocation location) => location switch
    {
        DocumentLocation { Excerpt: "" } document => document with { Excerpt = null },
        IncludedLocation { Place.Excerpt: "" } included => included with { Place = included.Place with { Excerpt = null } },
        _ => location,
    };
}
