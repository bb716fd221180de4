namespace LucBinh.Docs.Data;

/// <summary>A list of the data model (rows of a table, values of a range).</summary>
public sealed class DataList : List<object?>
{
    public DataList()
    {
    }

    public DataList(IEnumerable<object?> items)
        : base(items)
    {
    }
}
