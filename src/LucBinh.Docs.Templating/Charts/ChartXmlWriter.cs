using System.Globalization;
using System.Xml.Linq;
using LucBinh.Docs.Templating.Rendering;
using static LucBinh.Docs.Templating.Charts.ChartNames;

namespace LucBinh.Docs.Templating.Charts;

/// <summary>
/// Rewrites a chart part (<c>c:chartSpace</c>) for its data. Each series (<c>c:ser</c>) gets its name (<c>c:tx</c>),
/// categories (<c>c:cat</c>) and values (<c>c:val</c>) as formulas into the embedded sheet with their caches, which
/// Word and LibreOffice draw from. The author's series keep their formatting; a further series is a copy of the last
/// one in the next theme colour; surplus series and per-point formatting beyond the points are removed.
/// </summary>
internal static class ChartXmlWriter
{
    public static string Write(ChartSource source, ChartData data)
    {
        var document = XDocument.Parse(source.Xml);
        var group = document.Root!.Element(C + "chart")!.Element(C + "plotArea")!.Element(C + source.GroupName)!;
        var existing = group.Elements(Series).ToList();
        for (var i = 0; i < data.Series.Count; i++)
        {
            XElement series;
            if (i < existing.Count)
            {
                series = existing[i];
            }
            else
            {
                series = CopyOf(existing[^1], i);
                group.Elements(Series).Last().AddAfterSelf(series);
            }

            Fill(series, i, data, source.SheetName);
            if ((string?)group.Element(C + "varyColors")?.Attribute("val") is "1" or "true")
            {
                ColourEveryPoint(series, data.PointCount);
            }
        }

        foreach (var surplus in existing.Skip(Math.Max(data.Series.Count, 0)))
        {
            surplus.Remove();
        }

        return PartXml.Serialize(document);
    }

    private static void Fill(XElement series, int index, ChartData data, string sheet)
    {
        var number = index.ToString(CultureInfo.InvariantCulture);
        series.Element(Idx)?.SetAttributeValue("val", number);
        series.Element(Order)?.SetAttributeValue("val", number);
        var column = index + 1;
        var lastRow = ChartSheet.LastRow(data.PointCount);
        Put(series, new XElement(Tx, new XElement(C + "strRef",
            new XElement(Formula, ChartSheet.Reference(sheet, column, 1)),
            new XElement(C + "strCache", Count(1), Point(0, data.Series[index].Name)))));

        // Formatting of points (c:dPt) and of their labels (c:dLbl) past the last point would refer to nothing.
        foreach (var point in series.Elements(DataPoint).Concat(series.Elements(DataLabels).Elements(DataLabel))
                     .Where(p => (int?)p.Element(Idx)?.Attribute("val") >= data.PointCount).ToList())
        {
            point.Remove();
        }

        var categoryRange = ChartSheet.Range(sheet, 0, 2, lastRow);
        var categories = data.Categories.Count > 0 && data.Categories.All(c => c is decimal)
            ? new XElement(C + "numRef", new XElement(Formula, categoryRange), new XElement(C + "numCache",
                new XElement(C + "formatCode", "General"), Count(data.PointCount),
                data.Categories.Select((c, i) => Point(i, Text((decimal)c)))))
            : new XElement(C + "strRef", new XElement(Formula, categoryRange), new XElement(C + "strCache",
                Count(data.PointCount), data.Categories.Select((c, i) => Point(i, (string)c))));
        Put(series, new XElement(Cat, categories));
        Put(series, new XElement(Val, new XElement(C + "numRef",
            new XElement(Formula, ChartSheet.Range(sheet, column, 2, lastRow)),
            new XElement(C + "numCache", new XElement(C + "formatCode", "General"), Count(data.PointCount),
                data.Series[index].Values.Select((v, i) => v is null ? null : Point(i, Text(v.Value)))))));
    }

    /// <summary>
    /// A pie or doughnut (<c>c:varyColors</c>) whose author coloured each slice (<c>c:dPt</c>) gets a colour for each
    /// further slice too, the next theme accent, or the author's colours again in turn: a slice without one would be
    /// drawn in the series' own fill, often none.
    /// </summary>
    private static void ColourEveryPoint(XElement series, int points)
    {
        var coloured = series.Elements(DataPoint).ToList();
        for (var i = coloured.Count; i < points && coloured.Count > 0; i++)
        {
            var point = new XElement(coloured[i % coloured.Count]);
            point.Element(Idx)?.SetAttributeValue("val", i);
            foreach (var colour in point.Descendants(A + "schemeClr").Where(c => ((string?)c.Attribute("val"))?.StartsWith("accent", StringComparison.Ordinal) == true))
            {
                colour.SetAttributeValue("val", "accent" + ((i % 6) + 1).ToString(CultureInfo.InvariantCulture));
            }

            series.Elements(DataPoint).Last().AddAfterSelf(point);
        }
    }

    /// <summary>A copy of the last author's series for series <paramref name="index"/>, in the next accent colour.</summary>
    private static XElement CopyOf(XElement last, int index)
    {
        var copy = new XElement(last);
        var accent = "accent" + ((index % 6) + 1).ToString(CultureInfo.InvariantCulture);
        foreach (var colour in copy.Descendants(A + "schemeClr").Where(c => !c.Ancestors(DataPoint).Any()
                     && ((string?)c.Attribute("val"))?.StartsWith("accent", StringComparison.Ordinal) == true))
        {
            colour.SetAttributeValue("val", accent);
        }

        // c16:uniqueId names one series of the chart; Word gives a copy its own when it saves.
        copy.Element(ExtensionList)?.Elements(C + "ext").Where(e => (string?)e.Attribute("uri") == UniqueIdExtension).Remove();
        if (copy.Element(ExtensionList) is { } list && !list.HasElements)
        {
            list.Remove();
        }

        return copy;
    }

    /// <summary>Replaces the series' child of the same name, or inserts it where the schema's sequence wants it.</summary>
    private static void Put(XElement series, XElement child)
    {
        if (series.Element(child.Name) is { } existing)
        {
            existing.ReplaceWith(child);
            return;
        }

        var rank = Rank(child.Name);
        var next = series.Elements().FirstOrDefault(e => Rank(e.Name) > rank);
        if (next is null)
        {
            series.Add(child);
        }
        else
        {
            next.AddBeforeSelf(child);
        }
    }

    private static int Rank(XName name) =>
        name.Namespace == C && SeriesChildOrder.Contains(name.LocalName) ? SeriesChildOrder.ToList().IndexOf(name.LocalName) : int.MaxValue;

    private static XElement Count(int count) => new(PointCount, new XAttribute("val", count));

    private static XElement Point(int index, string value) => new(ChartNames.Point, new XAttribute("idx", index), new XElement(Value, value));

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
