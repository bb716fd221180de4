using LucBinh.Docs.Localization;
using LucBinh.Docs.Text;

namespace LucBinh.Docs.Diagnostics;

/// <summary>Where a problem is, described so that an office worker can find it in Excel, Word or the file system.</summary>
public abstract record DiagnosticLocation
{
    public abstract string Describe(UiLanguage language);

    protected static string Text(string key, UiLanguage language, params object?[] arguments) =>
        MessageCatalog.Common.Format(key, language, arguments);
}

/// <summary>A file, when the problem is the file as a whole.</summary>
public sealed record FileLocation(string Path) : DiagnosticLocation
{
    public override string Describe(UiLanguage language) => Text("Location.File", language, Path);
}

/// <summary>A sheet of a workbook, and a cell or a row of it when known (<c>Văn bản!C14</c>).</summary>
public sealed record SheetLocation(string Sheet, string? Cell = null, int? Row = null) : DiagnosticLocation
{
    /// <summary>The sheet's name (Excel allows 31 characters; a hostile file may hold more), at most 80 characters.</summary>
    public string Sheet { get; init; } = QuotedText.Shorten(Sheet);

    public override string Describe(UiLanguage language) =>
        Cell is not null ? Text("Location.SheetCell", language, Sheet, Cell)
        : Row is not null ? Text("Location.SheetRow", language, Sheet, Row)
        : Text("Location.Sheet", language, Sheet);
}

/// <summary>
/// A place in a Word document: the part (body, header, footer…), the paragraph number within it and its first words,
/// and the table, row and cell when the paragraph sits in a table (all numbered from 1).
/// </summary>
public sealed record DocumentLocation(
    DocumentPart Part,
    int Paragraph,
    string? Excerpt = null,
    int? Table = null,
    int? Row = null,
    int? Cell = null,
    string? Tag = null) : DiagnosticLocation
{
    /// <summary>The paragraph's first words, at most <see cref="QuotedText.MaxLength"/> characters.</summary>
    public string? Excerpt { get; init; } = Excerpt is null ? null : QuotedText.Shorten(Excerpt);

    public override string Describe(UiLanguage language)
    {
        var parts = new List<string> { Text("Part." + Part, language) };
        if (Table is not null)
        {
            parts.Add(Text("Location.TableCell", language, Table, Row, Cell));
        }

        if (Paragraph > 0)
        {
            parts.Add(Excerpt is null
                ? Text("Location.Paragraph", language, Paragraph)
                : Text("Location.ParagraphExcerpt", language, Paragraph, Excerpt));
        }
        return string.Join(", ", parts);
    }
}

/// <summary>The parts of a .docx that hold text a template author writes.</summary>
public enum DocumentPart
{
    Body,
    Header,
    Footer,
    Footnotes,
    Endnotes,
}
