using System.Globalization;
using Fluid;
using Fluid.Values;
using LucBinh.Docs.Templating.Values;

namespace LucBinh.Docs.Templating.Filters;

/// <summary>
/// The periods a commune reports on, computed from one date (a date value or text in ISO 8601 or dd/mm/yyyy form):
/// <code>
/// {% assign tu = ttc.den_ngay | period_start: "quarter" %}{% assign den = ttc.den_ngay | period_end: "quarter" %}
/// {% assign ky = rows | in_period: "ngay", tu, den %}
/// {% assign tu_ck = tu | same_period_last_year %}{% assign den_ck = den | same_period_last_year %}
/// {% assign cung_ky = rows | in_period: "ngay", tu_ck, den_ck %}
/// {{ ttc.den_ngay | vi_period: "quarter" | capitalize }}: {{ ky | size }} buổi, {{ ky | size | vi_change: cung_ky.size }} so với cùng kỳ.
/// </code>
/// Periods: <c>"month"</c>, <c>"quarter"</c>, <c>"half"</c> (6 months), <c>"nine_months"</c> (from 1 January),
/// <c>"year"</c>, <c>"ytd"</c> (from 1 January to the date); the folded Vietnamese names <c>"thang"</c>, <c>"quy"</c>,
/// <c>"6_thang"</c>, <c>"9_thang"</c>, <c>"nam"</c>, <c>"luy_ke"</c> work too. A second argument moves by whole
/// periods (<c>period_start: "quarter", -1</c>: the quarter before). An empty date gives nil; text that is not a date
/// or an unknown period stops the render with an error, so a report never counts the wrong rows.
/// </summary>
internal static class PeriodFilters
{
    /// <summary>Adds period_start, period_end, same_period_last_year and vi_period.</summary>
    public static void Register(FilterCollection filters)
    {
        filters.AddFilter("period_start", PeriodStart);
        filters.AddFilter("period_end", PeriodEnd);
        filters.AddFilter("same_period_last_year", SamePeriodLastYear);
        filters.AddFilter("vi_period", ViPeriod);
    }

    /// <summary>
    /// <c>{{ d | period_start: "quarter" }}</c>: the first day of the period holding the date (20/5/2024 → 01/4/2024);
    /// <c>period_start: "quarter", -1</c> → the quarter before (01/01/2024). A date value.
    /// </summary>
    public static ValueTask<FluidValue> PeriodStart(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        Compute(input, arguments, "period_start", (date, kind, offset) => FluidConversion.FromDate(ReportPeriods.Of(date, kind, offset).Start));

    /// <summary>
    /// <c>{{ d | period_end: "quarter" }}</c>: the last day of the period holding the date (20/5/2024 → 30/6/2024);
    /// for <c>"ytd"</c> the date itself. A date value.
    /// </summary>
    public static ValueTask<FluidValue> PeriodEnd(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        Compute(input, arguments, "period_end", (date, kind, offset) => FluidConversion.FromDate(ReportPeriods.Of(date, kind, offset).End));

    /// <summary>
    /// <c>{{ d | same_period_last_year }}</c>: the same day a year earlier (20/5/2024 → 20/5/2023; 29/02/2024 →
    /// 28/02/2023). A date value, to shift both bounds of a period for "so với cùng kỳ".
    /// </summary>
    public static ValueTask<FluidValue> SamePeriodLastYear(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (!TryGetDate(input, "same_period_last_year", out var date))
        {
            return NilValue.Instance;
        }

        return FluidConversion.FromDate(ReportPeriods.SamePeriodLastYear(date));
    }

    /// <summary>
    /// <c>{{ d | vi_period: "quarter" }}</c> → "quý II năm 2024"; "month" → "tháng 5 năm 2024", "half" → "6 tháng đầu năm
    /// 2024" or "6 tháng cuối năm 2024", "nine_months" → "9 tháng đầu năm 2024", "year" → "năm 2024", "ytd" → "5 tháng đầu
    /// năm 2024" (or "từ ngày 01/01/2024 đến ngày 20/5/2024" when the date is not a month's end). Lower case; add
    /// <c>| capitalize</c> at the start of a sentence.
    /// </summary>
    public static ValueTask<FluidValue> ViPeriod(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        Compute(input, arguments, "vi_period", (date, kind, offset) => new StringValue(ReportPeriods.Name(date, kind, offset)));

    private static ValueTask<FluidValue> Compute(
        FluidValue input, FilterArguments arguments, string filter, Func<DateOnly, ReportPeriodKind, int, FluidValue> compute)
    {
        var name = arguments.At(0).ToStringValue();
        if (!ReportPeriods.TryParseKind(name, out var kind))
        {
            throw new ArgumentException(string.Create(
                CultureInfo.InvariantCulture, $"{filter}: không có kỳ \"{FilterValues.Excerpt(name)}\"; dùng {ReportPeriods.KnownNames}."));
        }

        var offset = 0;
        if (arguments.Count > 1 && VietnameseNumbers.TryGetNumber(arguments.At(1), out var steps))
        {
            offset = (int)Math.Clamp(decimal.Truncate(steps), -1000, 1000);
        }

        return TryGetDate(input, filter, out var date) ? compute(date, kind, offset) : NilValue.Instance;
    }

    /// <summary>False for nil and empty text; throws for text that is not a date.</summary>
    private static bool TryGetDate(FluidValue input, string filter, out DateOnly date)
    {
        if (FilterValues.TryGetDate(input, out date))
        {
            return true;
        }

        if (input.IsNil() || input.ToStringValue().Trim().Length == 0)
        {
            return false;
        }

        throw new ArgumentException(string.Create(
            CultureInfo.InvariantCulture, $"{filter}: \"{FilterValues.Excerpt(input.ToStringValue())}\" không phải là ngày (dd/mm/yyyy hoặc yyyy-mm-dd)."));
    }
}
