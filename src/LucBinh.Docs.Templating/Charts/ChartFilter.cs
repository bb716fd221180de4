using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Fluid;
using Fluid.Values;

namespace LucBinh.Docs.Templating.Charts;

/// <summary>
/// The internal filter a chart tag compiles to: <c>{{ list | lbd_chart: 0, category: "thon", values: "so_nguoi" }}</c>
/// reads the rows, writes chart slot 0's part and workbook for them, and outputs the relationship id of the chart.
/// </summary>
internal static class ChartFilter
{
    public const string FilterName = "lbd_chart";

    public static void Register(FilterCollection filters) => filters.AddFilter(FilterName, PlaceChart);

    public static async ValueTask<FluidValue> PlaceChart(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var session = ChartSession.From(context);
        var index = (int)arguments.At(0).ToNumberValue();
        if (session is null || index < 0 || index >= session.Slots.Count)
        {
            return NilValue.Instance;
        }

        var slot = session.Slots[index];
        var data = await ChartDataReader.ReadAsync(input, arguments, slot, session, context);
        try
        {
            return new StringValue(session.Place(slot, data));
        }
        catch (Exception e) when (e is OpenXmlPackageException or XmlException or IOException or InvalidDataException)
        {
            // The workbook opened at load; if writing it still fails, the render stops with TPL014 naming the chart.
            throw new InvalidOperationException(slot.ChartName + ": " + e.Message, e);
        }
    }
}
