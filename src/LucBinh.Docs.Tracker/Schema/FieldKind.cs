namespace LucBinh.Docs.Tracker.Schema;

/// <summary>What a column (or a field of a key/value sheet) holds: it decides the cell format, the drop-down or date
/// validation <c>init-tracker</c> writes, and the type the check expects.</summary>
public enum FieldKind
{
    /// <summary>Short text on one line.</summary>
    Text,

    /// <summary>Text that wraps (a summary, a content paragraph).</summary>
    LongText,

    Number,

    /// <summary>A date, typed dd/mm/yyyy.</summary>
    Date,

    /// <summary>One value of <see cref="SchemaField.Choices"/> (a drop-down list).</summary>
    Choice,
}
