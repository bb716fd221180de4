using System.Xml.Linq;

namespace LucBinh.Docs.Templating.Charts;

/// <summary>DrawingML chart names the engine reads and writes (ECMA-376 Part 1, §21.2).</summary>
internal static class ChartNames
{
    public static readonly XNamespace C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    public static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    public static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    public static readonly XNamespace ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";

    /// <summary>The <c>a:graphicData/@uri</c> of a chart, and the relationship type from a text part to it.</summary>
    public const string ChartUri = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    public const string ChartRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";

    /// <summary>Office 2016's new charts (waterfall, treemap…): a different format, which this engine does not fill.</summary>
    public const string ChartExUri = "http://schemas.microsoft.com/office/drawing/2014/chartex";

    /// <summary>Word's per-series id (<c>c16:uniqueId</c>): a copied series must not repeat it.</summary>
    public const string UniqueIdExtension = "{C3380CC4-5D6E-409C-BE32-E72D297353CC}";

    public static readonly XName Series = C + "ser";
    public static readonly XName Idx = C + "idx";
    public static readonly XName Order = C + "order";
    public static readonly XName Val = C + "val";
    public static readonly XName Cat = C + "cat";
    public static readonly XName Tx = C + "tx";
    public static readonly XName Formula = C + "f";
    public static readonly XName PointCount = C + "ptCount";
    public static readonly XName Point = C + "pt";
    public static readonly XName Value = C + "v";
    public static readonly XName DataPoint = C + "dPt";
    public static readonly XName DataLabels = C + "dLbls";
    public static readonly XName DataLabel = C + "dLbl";
    public static readonly XName ExternalData = C + "externalData";
    public static readonly XName ExtensionList = C + "extLst";

    /// <summary>The chart groups (<c>c:plotArea</c> children) whose series are a category and values, by their kind.</summary>
    public static readonly IReadOnlyDictionary<string, string> SupportedGroups = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["barChart"] = "bar",
        ["bar3DChart"] = "bar",
        ["lineChart"] = "line",
        ["line3DChart"] = "line",
        ["pieChart"] = "pie",
        ["pie3DChart"] = "pie",
        ["ofPieChart"] = "pie",
        ["doughnutChart"] = "doughnut",
        ["areaChart"] = "area",
        ["area3DChart"] = "area",
    };

    /// <summary>Chart groups this engine does not fill: their series take x/y values, sizes or several values per point.</summary>
    public static readonly IReadOnlySet<string> OtherGroups = new HashSet<string>(StringComparer.Ordinal)
    {
        "scatterChart", "bubbleChart", "radarChart", "stockChart", "surfaceChart", "surface3DChart",
    };

    /// <summary>
    /// The order of a series' children, the union of the sequences of <c>CT_BarSer</c>, <c>CT_LineSer</c>,
    /// <c>CT_PieSer</c> and <c>CT_AreaSer</c> (each is a subsequence of it), to insert an element where the schema wants it.
    /// </summary>
    public static readonly IReadOnlyList<string> SeriesChildOrder =
    [
        "idx", "order", "tx", "spPr", "invertIfNegative", "pictureOptions", "marker", "explosion", "dPt", "dLbls",
        "trendline", "errBars", "cat", "val", "shape", "smooth", "extLst",
    ];
}
