using System.Globalization;
using Fluid;
using Fluid.Values;

namespace LucBinh.Docs.Templating.Filters;

/// <summary>Filters for Vietnamese administrative writing.</summary>
internal static class VietnameseFilters
{
    public static void Register(FilterCollection filters)
    {
        filters.AddFilter("pad", Pad);
        filters.AddFilter("vi_date", ViDate);
    }

    /// <summary>
    /// <c>{{ 4 | pad: 2 }}</c> → "04": counts of one digit written with a leading zero, as reports do ("04 nghị quyết").
    /// Numbers with as many digits or more, and text that is not a whole number, are left as they are.
    /// </summary>
    public static ValueTask<FluidValue> Pad(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var width = arguments.Count > 0 ? (int)arguments.At(0).ToNumberValue() : 2;
        if (input.IsNil())
        {
            return NilValue.Instance;
        }

        decimal number;
        if (input is NumberValue)
        {
            number = input.ToNumberValue();
        }
        else if (!decimal.TryParse(input.ToStringValue(), NumberStyles.Integer, CultureInfo.InvariantCulture, out number))
        {
            return input;
        }

        if (number < 0 || number != decimal.Truncate(number))
        {
            return input;
        }

        return new StringValue(number.ToString("0", CultureInfo.InvariantCulture).PadLeft(Math.Clamp(width, 1, 20), '0'));
    }

    /// <summary><c>{{ d | vi_date }}</c> → "ngày 20 tháng 5 năm 2024"; <c>vi_date: "short"</c> → "20/5/2024".</summary>
    public static ValueTask<FluidValue> ViDate(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (!FilterValues.TryGetDate(input, out var date))
        {
            return input.IsNil() ? NilValue.Instance : input;
        }

        var style = arguments.Count > 0 ? arguments.At(0).ToStringValue() : "long";
        return new StringValue(style == "short" ? VietnameseDates.ShortForm(date) : VietnameseDates.LongForm(date));
    }
}
