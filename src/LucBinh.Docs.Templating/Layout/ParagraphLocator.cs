using System.Xml.Linq;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Templating.Includes;
using LucBinh.Docs.Templating.Packaging;
using LucBinh.Docs.Templating.Syntax;

namespace LucBinh.Docs.Templating.Layout;

/// <summary>Describes a paragraph's place so that a person can find it in Word: part, table/row/cell, number, first words.</summary>
internal sealed class ParagraphLocator(DocumentPart kind, XElement root)
{
    private List<(XElement Paragraph, int Number)>? _paragraphs;
    private Dictionary<XElement, int>? _paragraphNumbers;
    private Dictionary<XElement, int>? _tableNumbers;

    /// <summary>
    /// The part's paragraphs in document order with the number a person counts, markup kept verbatim included
    /// (<see cref="VerbatimXml"/>). Taken once: later steps may remove paragraphs, the numbers stay those of the template.
    /// </summary>
    public List<(XElement Paragraph, int Number)> Paragraphs() =>
        _paragraphs ??= Numbered(WordNames.Paragraph, verbatim => verbatim.InnerParagraphs);

    /// <summary>The number of a paragraph of the part (see <see cref="Paragraphs"/>).</summary>
    public int Number(XElement paragraph)
    {
        if (IncludedElement.Of(paragraph) is { } included)
        {
            return included.Number; // brought in by an include tag after the part was numbered
        }

        _paragraphNumbers ??= Paragraphs().ToDictionary(p => p.Paragraph, p => p.Number);
        return _paragraphNumbers.TryGetValue(paragraph, out var number) ? number : 0;
    }

    public DiagnosticLocation Locate(XElement paragraph) => Locate(paragraph, Number(paragraph));

    /// <summary>
    /// The paragraph's place: in the template's part, or, for a paragraph brought in by an include tag, in the block
    /// (its own paragraph and table numbers) and where the block was included.
    /// </summary>
    public DiagnosticLocation Locate(XElement paragraph, int number)
    {
        var included = IncludedElement.Of(paragraph);
        var partKind = included is null ? kind : DocumentPart.Body;
        var excerpt = Excerpt(paragraph);
        var cell = paragraph.Ancestors(WordNames.TableCell).FirstOrDefault();
        var row = cell?.Ancestors(WordNames.TableRow).FirstOrDefault();
        var table = row?.Ancestors(WordNames.Table).FirstOrDefault();
        DocumentLocation place;
        if (cell is null || row is null || table is null || (included is not null && IncludedElement.Of(table) is null))
        {
            place = new DocumentLocation(partKind, number, excerpt);
        }
        else
        {
            var rows = table.Descendants(WordNames.TableRow).Where(r => r.Ancestors(WordNames.Table).First() == table).ToList();
            var cells = row.Elements(WordNames.TableCell).ToList();
            place = new DocumentLocation(
                partKind,
                number,
                excerpt,
                TableNumber(table),
                rows.IndexOf(row) + 1,
                cells.IndexOf(cell) + 1);
        }

        return included is null ? place : included.Origin with { Place = place };
    }

    private int TableNumber(XElement table)
    {
        if (IncludedElement.Of(table) is { } included)
        {
            return included.Number;
        }

        _tableNumbers ??= Numbered(WordNames.Table, verbatim => verbatim.InnerTables).ToDictionary(t => t.Element, t => t.Number);
        return _tableNumbers.GetValueOrDefault(table);
    }

    /// <summary>The part's elements of one kind in document order, numbered as a person counts them, kept markup included.</summary>
    private List<(XElement Element, int Number)> Numbered(XName name, Func<VerbatimXml, int> inside)
    {
        var result = new List<(XElement, int)>();
        var number = 0;
        foreach (var element in root.Descendants())
        {
            if (IncludedElement.Of(element) is { } included)
            {
                // Brought in by an include tag: numbered as in its block, and not counted among the template's own.
                if (element.Name == name)
                {
                    result.Add((element, included.Number));
                }

                continue;
            }

            if (element.Name == name)
            {
                result.Add((element, ++number));
            }

            number += VerbatimXml.Of(element) is { } verbatim ? inside(verbatim) : 0;
        }

        return result;
    }

    private static string Excerpt(XElement paragraph)
    {
        var text = string.Concat(ParagraphLexer.OwnTextElements(paragraph).Select(t => t.Value)).Trim();
        return text.Length <= 40 ? text : text[..40] + "…";
    }
}
