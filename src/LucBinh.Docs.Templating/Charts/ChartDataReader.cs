using System.Globalization;
using Fluid;
using Fluid.Values;
using LucBinh.Docs.Templating.Diagnostics;
using LucBinh.Docs.Templating.Filters;
using LucBinh.Docs.Templating.Values;

namespace LucBinh.Docs.Templating.Charts;

/// <summary>
/// Reads a chart's rows: one point per row, labelled by the <c>category</c> field, one series per field of
/// <c>values</c>. Rows made by <c>group_by</c> give their <c>name</c> and <c>size</c>, and any other field summed over
/// the group's rows, so "attendees per village" is <c>rows | group_by: "thon" | chart: values: "so_nguoi"</c>.
/// A problem (not a list, a missing field, a value that is no number) is a warning at the chart's place.
/// </summary>
internal static class ChartDataReader
{
    public static async ValueTask<ChartData> ReadAsync(FluidValue input, FilterArguments arguments, ChartSlot slot, ChartSession session, TemplateContext context)
    {
        var categoryField = Named(arguments, "category") ?? "name";
        var valueFields = Split(Named(arguments, "values")).Where(f => f.Length > 0).ToList();
        var names = Split(Named(arguments, "names"));
        var rows = input.Type == FluidValues.Array ? input.Enumerate(context).ToList() : [];
        if (input.Type != FluidValues.Array || rows.Any(r => r.Type is not (FluidValues.Dictionary or FluidValues.Object)))
        {
            session.Warn(slot, "TPL020", slot.ChartName, slot.List);
            rows = [];
        }

        var categories = new List<object>(rows.Count);
        var categoryLabel = categoryField;
        foreach (var row in rows)
        {
            var field = await FieldAsync(row, categoryField, context);
            if (!field.Found)
            {
                session.Warn(slot, "TPL021", slot.ChartName, categoryField, TemplateDiagnostics.DidYouMean(categoryField, field.Known));
            }

            categoryLabel = field.Label;
            categories.Add(CategoryOf(field.Value));
        }

        if (!categories.All(c => c is decimal))
        {
            categories = [.. categories.Select(c => c is decimal d ? d.ToString(CultureInfo.InvariantCulture) : c)];
        }

        var series = new List<ChartSeries>(valueFields.Count);
        for (var s = 0; s < valueFields.Count; s++)
        {
            var name = valueFields[s];
            var label = name;
            var values = new List<decimal?>(rows.Count);
            for (var r = 0; r < rows.Count; r++)
            {
                var field = await FieldAsync(rows[r], name, context);
                if (!field.Found)
                {
                    session.Warn(slot, "TPL021", slot.ChartName, name, TemplateDiagnostics.DidYouMean(name, field.Known));
                }

                label = field.Label;
                values.Add(NumberOf(field.Value, out var ok));
                if (!ok)
                {
                    session.Warn(slot, "TPL022", slot.ChartName, name, r + 1, Shorten(field.Value.ToStringValue()));
                }
            }

            series.Add(new ChartSeries(s < names.Count && names[s].Length > 0 ? names[s] : label, values));
        }

        return Distinct(new ChartData(categoryLabel, categories, series));
    }

    private static async ValueTask<(bool Found, FluidValue Value, string Label, IReadOnlyCollection<string> Known)> FieldAsync(FluidValue row, string name, TemplateContext context)
    {
        switch (row)
        {
            case RecordValue record:
                var field = record.Record.Fields.FirstOrDefault(f => f.Key == name || f.Label == name);
                return field is null
                    ? (false, NilValue.Instance, name, [.. record.Record.Fields.Select(f => f.Key)])
                    : (true, await record.GetValueAsync(field.Key, context), field.Label, []);
            case GroupValue group when name is "name" or "size" or "items":
                // The sheet's header for a group's name stays blank, as in the sheet Word makes; a count is "Số lượng".
                var label = name == "size" ? TemplateDiagnostics.Catalog.Get("ChartCount", Localization.UiLanguage.Vietnamese) : string.Empty;
                return (true, await group.GetValueAsync(name, context), label, []);
            case GroupValue group:
                return await SumAsync(group, name, context);
            default:
                return (true, await row.GetValueAsync(name, context), name, []);
        }
    }

    /// <summary>A field of a group: the sum of the field over the group's rows (a value that is no number is returned as it is).</summary>
    private static async ValueTask<(bool Found, FluidValue Value, string Label, IReadOnlyCollection<string> Known)> SumAsync(GroupValue group, string name, TemplateContext context)
    {
        decimal? sum = null;
        var label = name;
        foreach (var item in group.Items.Values)
        {
            var field = await FieldAsync(item, name, context);
            if (!field.Found)
            {
                return (false, NilValue.Instance, name, [.. field.Known.Append("name").Append("size")]);
            }

            label = field.Label;
            var number = NumberOf(field.Value, out var ok);
            if (!ok)
            {
                return (true, field.Value, label, []);
            }

            sum = number is null ? sum : (sum ?? 0) + number;
        }

        return (true, sum is null ? NilValue.Instance : NumberValue.Create(sum.Value), label, []);
    }

    /// <summary>A number, or null for an empty value; <paramref name="ok"/> false for text that is no number.</summary>
    private static decimal? NumberOf(FluidValue value, out bool ok)
    {
        ok = true;
        if (value.IsNil() || (value is StringValue && value.ToStringValue().Trim().Length == 0))
        {
            return null;
        }

        if (value is not DateTimeValue && VietnameseNumbers.TryGetNumber(value, out var number))
        {
            return number;
        }

        ok = false;
        return null;
    }

    private static object CategoryOf(FluidValue value) => value switch
    {
        NumberValue => value.ToNumberValue(),
        DateTimeValue when FilterValues.TryGetDate(value, out var date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        _ when value.IsNil() => string.Empty,
        _ => value.ToStringValue(),
    };

    /// <summary>
    /// Makes the header and series names different from one another: they are the columns of the embedded sheet's
    /// table, whose column names Excel requires unique (and not empty).
    /// </summary>
    private static ChartData Distinct(ChartData data)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string Unique(string name)
        {
            name = name.Trim().Length == 0 ? " " : name;
            var unique = name;
            for (var n = 2; !seen.Add(unique); n++)
            {
                unique = name + " (" + n.ToString(CultureInfo.InvariantCulture) + ")";
            }

            return unique;
        }

        var header = Unique(data.CategoryHeader);
        return data with { CategoryHeader = header, Series = [.. data.Series.Select(s => s with { Name = Unique(s.Name) })] };
    }

    private static string? Named(FilterArguments arguments, string name) =>
        arguments.Names.Contains(name) ? arguments[name].ToStringValue() : null;

    private static List<string> Split(string? text) =>
        text is null ? [] : [.. text.Split(',').Select(t => t.Trim())];

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
