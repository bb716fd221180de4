using LucBinh.Docs.Data;

namespace LucBinh.Docs.Tracker.Reading;

/// <summary>Where the parts of a model are in the workbook, so that checks can name the cell of a value.</summary>
internal sealed class ModelPlaces
{
    /// <summary>For each list, the worksheet column (1 = A) of each key.</summary>
    public Dictionary<DataList, Dictionary<string, int>> Columns { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>For each key/value object, the row and column of each item's value.</summary>
    public Dictionary<DataRecord, Dictionary<string, (int Row, int Column)>> Items { get; } = new(ReferenceEqualityComparer.Instance);
}
