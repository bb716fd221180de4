using System.Xml.Linq;

namespace LucBinh.Docs.Templating.Packaging;

/// <summary>
/// Marks an element that <see cref="SparsePartReader"/> did not build because nothing in it can hold a tag: the element
/// stays in the tree with its name only (so sibling and row queries still see a paragraph, a row, a cell…), and its
/// markup is written back exactly as the template has it.
/// </summary>
internal sealed class VerbatimXml(char[] text, int start, int length, int innerParagraphs, int innerTables)
{
    /// <summary>The element's markup, from its <c>&lt;</c> to the end of its closing tag.</summary>
    public ReadOnlySpan<char> Markup => text.AsSpan(start, length);

    /// <summary>Paragraphs inside the element (not counting the element itself), so paragraph numbers stay those Word shows.</summary>
    public int InnerParagraphs { get; } = innerParagraphs;

    /// <summary>Tables inside the element (not counting the element itself).</summary>
    public int InnerTables { get; } = innerTables;

    public static VerbatimXml? Of(XElement element) => element.Annotation<VerbatimXml>();
}
