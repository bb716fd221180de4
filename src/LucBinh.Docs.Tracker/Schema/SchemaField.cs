namespace LucBinh.Docs.Tracker.Schema;

/// <summary>
/// One column of a list sheet, or one labelled row of a key/value sheet ("Thông tin chung"): the header (or label) staff
/// see, the key templates use (the header folded, <see cref="Text.NameFolding"/>), and what the cell must hold.
/// </summary>
/// <param name="Header">The column header or row label, as written in the workbook.</param>
/// <param name="Key">The key a template uses (<c>nguoi_ky</c>, <c>so_ky_hieu</c>).</param>
/// <param name="Kind">What the cell holds.</param>
public sealed record SchemaField(string Header, string Key, FieldKind Kind)
{
    /// <summary>The column's width in the blank tracker (Excel character units).</summary>
    public double Width { get; init; } = 14;

    /// <summary>The values of a drop-down list (<see cref="FieldKind.Choice"/>).</summary>
    public IReadOnlyList<string>? Choices { get; init; }

    /// <summary>Only the listed values are allowed (an error); false: other values are warned about.</summary>
    public bool OnlyChoices { get; init; } = true;

    /// <summary>A template that uses this field cannot do without it: an empty cell is an error (TRK031).</summary>
    public bool Required { get; init; }

    /// <summary>A short guidance text written beside the cell of a key/value sheet (the "Hướng dẫn" column).</summary>
    public string? Hint { get; init; }

    /// <summary><c>init-tracker --from</c> keeps the value for the next period (organisation, signer).</summary>
    public bool CarriedOver { get; init; }

    /// <summary>A date of something that happened in the period (checked against the period, TRK035), not the date of an
    /// older document cited.</summary>
    public bool InPeriod { get; init; }

    /// <summary>A value a sample or a new tracker may show (used by <c>init-tracker</c> as an example row, never as data).</summary>
    public string? Example { get; init; }
}
