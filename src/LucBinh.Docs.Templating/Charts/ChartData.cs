namespace LucBinh.Docs.Templating.Charts;

/// <summary>
/// What one chart shows: a header and a label per point (text or a number), and each series' name and values
/// (null: no value, drawn as a gap). Laid out as the embedded sheet holds it: A1 the header, B1… the series names.
/// </summary>
internal sealed record ChartData(string CategoryHeader, IReadOnlyList<object> Categories, IReadOnlyList<ChartSeries> Series)
{
    public int PointCount => Categories.Count;
}

/// <summary>One series of a chart: its name and one value per category.</summary>
internal sealed record ChartSeries(string Name, IReadOnlyList<decimal?> Values);
