using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Localization;

namespace LucBinh.Docs.Web.Problems;

/// <summary>
/// Where a problem is. <see cref="Kind"/>: <c>cell</c> (a tracker's sheet, with a cell or row when known: <c>address</c>
/// <c>Văn bản!C14</c> for the add-in to select), <c>document</c> (a template's part, paragraph and excerpt, and table/row/cell
/// when in a table) or <c>file</c>. <see cref="Text"/> is the place in words, in the user's language.
/// </summary>
public sealed record LocationJson(string Kind, string Text)
{
    public string? Sheet { get; init; }

    public string? Cell { get; init; }

    public int? Row { get; init; }

    public string? Address { get; init; }

    public string? Part { get; init; }

    public int? Paragraph { get; init; }

    public string? Excerpt { get; init; }

    public int? Table { get; init; }

    public int? TableRow { get; init; }

    public int? TableCell { get; init; }

    public string? File { get; init; }

    public static LocationJson From(DiagnosticLocation location, UiLanguage language)
    {
        ArgumentNullException.ThrowIfNull(location);
        var text = location.Describe(language);
        return location switch
        {
            SheetLocation s => new LocationJson("cell", text)
            {
                Sheet = s.Sheet,
                Cell = s.Cell,
                Row = s.Row,
                Address = s.Cell is null ? null : s.Sheet + "!" + s.Cell,
            },
            DocumentLocation d => new LocationJson("document", text)
            {
                Part = d.Part.ToString().ToLowerInvariant(),
                Paragraph = d.Paragraph > 0 ? d.Paragraph : null,
                Excerpt = d.Excerpt,
                Table = d.Table,
                TableRow = d.Row,
                TableCell = d.Cell,
            },
            FileLocation f => new LocationJson("file", text) { File = Path.GetFileName(f.Path) },
            _ => new LocationJson("other", text),
        };
    }
}
