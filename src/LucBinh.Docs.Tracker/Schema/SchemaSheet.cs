namespace LucBinh.Docs.Tracker.Schema;

/// <summary>How a sheet holds its data.</summary>
public enum SheetShape
{
    /// <summary>A header row then one row per item (an Excel table): a list in the data model.</summary>
    List,

    /// <summary>Label / value rows ("Thông tin chung"): an object whose keys are the labels folded.</summary>
    Fields,
}

/// <summary>One sheet of a tracker: its name in the workbook, the key templates use, its shape and its fields.</summary>
/// <param name="Name">The sheet's name ("Văn bản cung cấp").</param>
/// <param name="Key">The key in the data model (<c>van_ban_cung_cap</c>).</param>
/// <param name="Shape">A list or a key/value sheet.</param>
/// <param name="Fields">The columns of a list, the labelled rows of a key/value sheet, in order.</param>
public sealed record SchemaSheet(string Name, string Key, SheetShape Shape, IReadOnlyList<SchemaField> Fields)
{
    /// <summary>The Excel table's name of a list (letters, digits and underscores).</summary>
    public string? Table { get; init; }

    /// <summary>What the sheet is for, in the user's words (shown by <c>templates</c> and the add-in).</summary>
    public string? Description { get; init; }

    /// <summary><c>init-tracker --from</c> keeps the rows of this list for the next period (the recipients).</summary>
    public bool CarriedOver { get; init; }

    /// <summary>The field of this key, or null.</summary>
    public SchemaField? Field(string key) => Fields.FirstOrDefault(f => string.Equals(f.Key, key, StringComparison.Ordinal));
}
