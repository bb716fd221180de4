using Fluid.Values;
using LucBinh.Docs.Data;

namespace LucBinh.Docs.Templating.Filters;

/// <summary>Reading filter inputs and arguments the way authors write them.</summary>
internal static class FilterValues
{
    /// <summary>A date from a date value or text in ISO 8601 or dd/mm/yyyy form.</summary>
    public static bool TryGetDate(FluidValue value, out DateOnly date)
    {
        switch (value)
        {
            case DateTimeValue:
                var dto = (DateTimeOffset)value.ToObjectValue();
                date = DateOnly.FromDateTime(dto.DateTime);
                return true;
            case StringValue:
                return DataValue.TryGetDate(value.ToStringValue(), out date);
            default:
                date = default;
                return false;
        }
    }

    /// <summary>At most <paramref name="max"/> characters of a text a message quotes (a value may be megabytes long).</summary>
    public static string Excerpt(string text, int max = 80) => text.Length <= max ? text : text[..max] + "…";
}
