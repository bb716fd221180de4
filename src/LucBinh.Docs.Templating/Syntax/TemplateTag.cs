using System.Xml.Linq;
using LucBinh.Docs.Diagnostics;

namespace LucBinh.Docs.Templating.Syntax;

/// <summary>
/// A Liquid tag found in the text of a paragraph, after Word's run splitting has been undone.
/// <see cref="Source"/> is the Liquid text exactly as the engine will parse it (smart quotes straightened).
/// </summary>
internal sealed class TemplateTag
{
    public required int Index { get; init; }

    public required TagKind Kind { get; init; }

    /// <summary>The tag keyword (<c>if</c>, <c>endfor</c>…), or empty for an output tag.</summary>
    public required string Name { get; init; }

    public required string Source { get; init; }

    public required XElement Paragraph { get; init; }

    public required DiagnosticLocation Location { get; init; }

    /// <summary>The <c>w:t</c> element that holds the tag's marker after normalisation.</summary>
    public XElement? TextElement { get; set; }

    /// <summary>How many <c>w:t</c> elements the tag was spread over before it was collapsed into the first.</summary>
    public int SpannedTextElements { get; set; } = 1;

    /// <summary>The tag as typed, before smart quotes were straightened.</summary>
    public string Typed { get; init; } = string.Empty;

    /// <summary>True once the tag's paragraph was replaced by its tags: the tag now sits between paragraphs.</summary>
    public bool BetweenParagraphs { get; set; }

    public string Marker => TagMarkers.For(Index, Kind == TagKind.Output);
}
