using System.Xml.Linq;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Templating.Syntax;

namespace LucBinh.Docs.Templating.Layout;

/// <summary>Describes a paragraph's place so that a person can find it in Word: part, table/row/cell, number, first words.</summary>
internal sealed class ParagraphLocator(DocumentPart kind, XElement root)
{
    private List<XElement>? _tables;

    public DocumentLocation Locate(XElement paragraph, int number)
    {
        var excerpt = Excerpt(paragraph);
        var cell = paragraph.Ancestors(WordNames.TableCell).FirstOrDefault();
        var row = cell?.Ancestors(WordNames.TableRow).FirstOrDefault();
        var table = row?.Ancestors(WordNames.Table).FirstOrDefault();
        if (cell is null || row is null || table is null)
        {
            return new DocumentLocation(kind, number, excerpt);
        }

        _tables ??= root.Descendants(WordNames.Table).ToList();
        var rows = table.Descendants(WordNames.TableRow).Where(r => r.Ancestors(WordNames.Table).First() == table).ToList();
        var cells = row.Elements(WordNames.TableCell).ToList();
        return new DocumentLocation(
            kind,
            number,
            excerpt,
            _tables.IndexOf(table) + 1,
            rows.IndexOf(row) + 1,
            cells.IndexOf(cell) + 1);
    }

    private static string Excerpt(XElement paragraph)
    {
        var text = string.Concat(ParagraphLexer.OwnTextElements(paragraph).Select(t => t.Value)).Trim();
        return text.Length <= 40 ? text : text[..40] + "…";
    }
}
