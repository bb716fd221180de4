using System.Globalization;

namespace LucBinh.Docs.Templating.Filters;

/// <summary>
/// Dates as Party and state documents write them (Hướng dẫn 36-HD/VPTW, Nghị định 30/2020): a day below 10 and the
/// months 1 and 2 take a leading zero, other months do not: "ngày 04 tháng 01 năm 2024", "ngày 20 tháng 5 năm 2024".
/// </summary>
public static class VietnameseDates
{
    public static string LongForm(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"ngày {Day(date)} tháng {Month(date)} năm {date.Year}");

    /// <summary>The short form used when citing documents: "04/01/2024", "22/4/2021".</summary>
    public static string ShortForm(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{Day(date)}/{Month(date)}/{date.Year}");

    private static string Day(DateOnly date) => date.Day.ToString("00", CultureInfo.InvariantCulture);

    private static string Month(DateOnly date) =>
        date.Month <= 2 ? date.Month.ToString("00", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture);
}
