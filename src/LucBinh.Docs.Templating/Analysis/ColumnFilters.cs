namespace LucBinh.Docs.Templating.Analysis;

/// <summary>
/// What each filter does to the shape of its input, for the usage analysis: which argument names a column of the input's
/// rows, and whether the output is still those rows, one of them, a list of groups or a list of one column's values.
/// Read from the filters themselves (Templating/Filters and Liquid's standard filters): a filter that is not listed gives
/// a value that is not data (a text, a number).
/// </summary>
internal static class ColumnFilters
{
    /// <summary>Filters whose first positional argument, a quoted text, is a column of the input's rows.</summary>
    private static readonly HashSet<string> FirstArgumentIsColumn = new(StringComparer.Ordinal)
    {
        // Liquid's own (Fluid): where, reject, sort, sort_natural, map, uniq, find, find_index, has.
        "where", "reject", "sort", "sort_natural", "map", "uniq", "find", "find_index", "has",

        // Ours: DataFilters, ShapingFilters, VietnameseFormatFilters.
        "sum", "in_period", "where_not", "group_by", "distinct", "count", "avg", "min", "max", "vi_sort", "vi_sort_name",
    };

    /// <summary>Filters whose output holds rows of their input (filtered, sorted, cut).</summary>
    private static readonly HashSet<string> KeepsRows = new(StringComparer.Ordinal)
    {
        "where", "where_not", "where_exp", "reject", "sort", "sort_natural", "uniq", "in_period", "vi_sort", "vi_sort_name",
        "reverse", "compact", "slice", "concat", "default",
    };

    /// <summary>Filters whose output is one row of their input.</summary>
    private static readonly HashSet<string> GivesRow = new(StringComparer.Ordinal) { "first", "last", "find" };

    /// <summary>The named arguments of a chart tag (compiled to <c>lbd_chart</c>) that list columns, comma-separated.</summary>
    private static readonly HashSet<string> ChartColumnArguments = new(StringComparer.Ordinal) { "category", "values", "names" };

    /// <summary>Names a group of <c>group_by</c> has of its own (not columns of the rows).</summary>
    public static readonly HashSet<string> GroupMembers = new(StringComparer.Ordinal) { "name", "items", "size" };

    public static bool TakesColumn(string filter) => FirstArgumentIsColumn.Contains(filter);

    public static bool KeepsRowsOf(string filter) => KeepsRows.Contains(filter);

    public static bool GivesRowOf(string filter) => GivesRow.Contains(filter);

    public static bool IsChart(string filter) => filter is "chart" or Charts.ChartFilter.FilterName;

    public static bool IsChartColumnArgument(string name) => ChartColumnArguments.Contains(name);
}
