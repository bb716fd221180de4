using Fluid;
using Fluid.Values;

namespace LucBinh.Docs.Templating.Filters;

/// <summary>Filters that shape lists of rows for a report.</summary>
internal static class DataFilters
{
    public static void Register(FilterCollection filters)
    {
        filters.AddFilter("in_period", InPeriod);
        filters.AddFilter("sum", Sum);
    }

    /// <summary>
    /// <c>{{ rows | sum: "so_nguoi_tham_du" }}</c>: the total of a field over rows (or of the list's own numbers).
    /// Replaces Liquid's <c>sum</c>, which cannot read the fields of tracker rows; empty cells count as nothing.
    /// </summary>
    public static async ValueTask<FluidValue> Sum(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (input.Type != FluidValues.Array)
        {
            return input.Type == FluidValues.Number ? input : NumberValue.Zero;
        }

        var field = arguments.Count > 0 ? arguments.At(0).ToStringValue() : null;
        var total = 0m;
        foreach (var item in input.Enumerate(context))
        {
            var value = field is null ? item : await item.GetValueAsync(field, context);
            if (value.Type == FluidValues.Number)
            {
                total += value.ToNumberValue();
            }
            else if (value.Type == FluidValues.String
                && decimal.TryParse(value.ToStringValue(), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
            {
                total += parsed;
            }
        }

        return NumberValue.Create(total);
    }

    /// <summary>
    /// <c>{{ rows | in_period: "ngay", from, to }}</c>: the rows whose date field falls between the two dates, both
    /// included; an empty bound leaves that side open. Rows without a date in that field are left out.
    /// </summary>
    public static async ValueTask<FluidValue> InPeriod(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (input.Type != FluidValues.Array)
        {
            return input;
        }

        var field = arguments.At(0).ToStringValue();
        var hasFrom = FilterValues.TryGetDate(arguments.At(1), out var from);
        var hasTo = FilterValues.TryGetDate(arguments.At(2), out var to);
        var result = new List<FluidValue>();
        foreach (var item in input.Enumerate(context))
        {
            var value = await item.GetValueAsync(field, context);
            if (FilterValues.TryGetDate(value, out var date)
                && (!hasFrom || date >= from)
                && (!hasTo || date <= to))
            {
                result.Add(item);
            }
        }

        return new ArrayValue(result);
    }
}
