using System.Globalization;
using LucBinh.Docs.Text;

namespace LucBinh.Docs.Templating.Filters;

/// <summary>The periods a commune reports on.</summary>
public enum ReportPeriodKind
{
    /// <summary>A calendar month ("month", "thang").</summary>
    Month,

    /// <summary>A calendar quarter ("quarter", "quy").</summary>
    Quarter,

    /// <summary>Six months: January–June or July–December ("half", "6_thang").</summary>
    Half,

    /// <summary>Nine months from 1 January to 30 September ("nine_months", "9_thang").</summary>
    NineMonths,

    /// <summary>A calendar year ("year", "nam").</summary>
    Year,

    /// <summary>Cumulative from 1 January to the date itself ("ytd", "luy_ke").</summary>
    YearToDate,
}

/// <summary>Start, end and Vietnamese name of the period a date falls in.</summary>
public static class ReportPeriods
{
    /// <summary>The names a template may use, English or folded Vietnamese ("Quý", "6 tháng", "lũy kế" fold too).</summary>
    public const string KnownNames = "month, quarter, half, nine_months, year, ytd (thang, quy, 6_thang, 9_thang, nam, luy_ke)";

    /// <summary>Reads a period name: "quarter", "quy", "Quý", "6 tháng", "lũy kế"…</summary>
    public static bool TryParseKind(string? name, out ReportPeriodKind kind)
    {
        kind = default;
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        ReportPeriodKind? found = NameFolding.ToKey(name) switch
        {
            "month" or "thang" => ReportPeriodKind.Month,
            "quarter" or "quy" => ReportPeriodKind.Quarter,
            "half" or "6_months" or "6_thang" or "sau_thang" => ReportPeriodKind.Half,
            "nine_months" or "9_months" or "9_thang" or "chin_thang" => ReportPeriodKind.NineMonths,
            "year" or "nam" => ReportPeriodKind.Year,
            "ytd" or "luy_ke" or "cumulative" => ReportPeriodKind.YearToDate,
            _ => null,
        };
        kind = found.GetValueOrDefault();
        return found is not null;
    }

    /// <summary>
    /// The period of <paramref name="kind"/> that holds <paramref name="date"/>, moved by <paramref name="offset"/>
    /// periods (-1: the one before). For <see cref="ReportPeriodKind.NineMonths"/> and
    /// <see cref="ReportPeriodKind.YearToDate"/> one step is a year; a year-to-date period ends on the date itself
    /// (29 February moves to 28 February in a common year).
    /// </summary>
    public static (DateOnly Start, DateOnly End) Of(DateOnly date, ReportPeriodKind kind, int offset = 0)
    {
        var month = new DateOnly(date.Year, date.Month, 1);
        switch (kind)
        {
            case ReportPeriodKind.Month:
                var start = month.AddMonths(offset);
                return (start, start.AddMonths(1).AddDays(-1));
            case ReportPeriodKind.Quarter:
                var quarter = month.AddMonths(-((date.Month - 1) % 3)).AddMonths(3 * offset);
                return (quarter, quarter.AddMonths(3).AddDays(-1));
            case ReportPeriodKind.Half:
                var half = month.AddMonths(-((date.Month - 1) % 6)).AddMonths(6 * offset);
                return (half, half.AddMonths(6).AddDays(-1));
            case ReportPeriodKind.NineMonths:
                return (new DateOnly(date.Year + offset, 1, 1), new DateOnly(date.Year + offset, 9, 30));
            case ReportPeriodKind.Year:
                return (new DateOnly(date.Year + offset, 1, 1), new DateOnly(date.Year + offset, 12, 31));
            case ReportPeriodKind.YearToDate:
                var end = date.AddYears(offset);
                return (new DateOnly(end.Year, 1, 1), end);
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    /// <summary>The same day one year earlier; 29 February becomes 28 February.</summary>
    public static DateOnly SamePeriodLastYear(DateOnly date) => date.AddYears(-1);

    /// <summary>
    /// The period's name as reports write it: "tháng 5 năm 2024" (months 1 and 2 with a leading zero, as in dates:
    /// "tháng 01 năm 2024"), "quý II năm 2024", "6 tháng đầu năm 2024", "6 tháng cuối năm 2024", "9 tháng đầu năm 2024",
    /// "năm 2024". A year-to-date period ending on a month's last day is "5 tháng đầu năm 2024" (a whole year "năm 2024",
    /// January "tháng 01 năm 2024"); ending on another day, "từ ngày 01/01/2024 đến ngày 20/5/2024".
    /// </summary>
    public static string Name(DateOnly date, ReportPeriodKind kind, int offset = 0)
    {
        var (start, end) = Of(date, kind, offset);
        var year = start.Year.ToString(CultureInfo.InvariantCulture);
        switch (kind)
        {
            case ReportPeriodKind.Month:
                return MonthName(start.Month) + " năm " + year;
            case ReportPeriodKind.Quarter:
                return "quý " + VietnameseNumbers.Roman(((start.Month - 1) / 3) + 1) + " năm " + year;
            case ReportPeriodKind.Half:
                return (start.Month == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
            case ReportPeriodKind.NineMonths:
                return "9 tháng đầu năm " + year;
            case ReportPeriodKind.Year:
                return "năm " + year;
            default:
                if (end.AddDays(1).Day != 1)
                {
                    return "từ ngày " + VietnameseDates.ShortForm(start) + " đến ngày " + VietnameseDates.ShortForm(end);
                }

                return end.Month switch
                {
                    12 => "năm " + year,
                    1 => MonthName(1) + " năm " + year,
                    _ => end.Month.ToString(CultureInfo.InvariantCulture) + " tháng đầu năm " + year,
                };
        }
    }

    private static string MonthName(int month) =>
        "tháng " + month.ToString(month <= 2 ? "00" : "0", CultureInfo.InvariantCulture);
}
