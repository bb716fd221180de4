using System.Globalization;
using System.Text.RegularExpressions;
using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Templating.Filters;
using LucBinh.Docs.Tracker.Schema;

namespace LucBinh.Docs.Generation;

/// <summary>
/// A reporting period chosen instead of the tracker's own (<c>generate --period</c>, the add-in's period picker):
/// its first and last day, its Vietnamese name and the name of the period after it. Specs: <c>2025-06</c> (a month),
/// <c>2025-Q2</c> (a quarter), <c>2025-H1</c>/<c>2025-H2</c> (six months), <c>2025-9T</c> (nine months),
/// <c>2025</c> (a year), <c>01/03/2025-15/05/2025</c> (any range, day/month/year).
/// </summary>
public sealed partial record ReportPeriod(DateOnly From, DateOnly To, string Label, string? NextLabel)
{
    /// <summary>The forms a spec may take, for messages.</summary>
    public const string Forms = "2025-06, 2025-Q2, 2025-H1, 2025-9T, 2025, 01/01/2025-30/06/2025";

    /// <exception cref="LucBinhException">GEN002: the spec is not one of <see cref="Forms"/>.</exception>
    public static ReportPeriod Parse(string spec) =>
        TryParse(spec, out var period) ? period : throw LucBinhException.Common("GEN002", null, null, spec, Forms);

    public static bool TryParse(string? spec, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ReportPeriod? period)
    {
        period = null;
        var text = spec?.Trim().ToUpperInvariant() ?? string.Empty;
        var match = Spec().Match(text);
        if (!match.Success)
        {
            return TryParseRange(text, out period);
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year is < 1900 or > 9998)
        {
            return false;
        }

        if (!TryKind(match.Groups["rest"].Value, out var kind, out var first))
        {
            return false;
        }

        var date = new DateOnly(year, first, 1);
        var (from, to) = ReportPeriods.Of(date, kind);
        var next = kind == ReportPeriodKind.NineMonths
            ? "3 tháng cuối năm " + year.ToString(CultureInfo.InvariantCulture)
            : ReportPeriods.Name(date, kind, 1);
        period = new ReportPeriod(from, to, ReportPeriods.Name(date, kind), next);
        return true;
    }

    /// <summary>
    /// Puts the period into the tracker's general information (<c>thong_tin_chung</c>): <c>ky_bao_cao</c>,
    /// <c>tu_ngay</c>, <c>den_ngay</c>, <c>nam</c> and, when known, <c>ky_tiep_theo</c>. A report file name
    /// (<c>ten_tep_bao_cao</c>) that spells the tracker's own period ("Báo cáo 6 tháng đầu năm 2024") gets the new one.
    /// </summary>
    public void ApplyTo(DataRecord data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data[TrackerKeys.Info] is not DataRecord info)
        {
            info = new DataRecord();
            data.Set(TrackerKeys.Info, info, TrackerKeys.InfoSheet);
        }

        if (info[TrackerKeys.PeriodName] is string { Length: > 0 } old && info[TrackerKeys.FileName] is string fileName
            && fileName.Contains(old, StringComparison.OrdinalIgnoreCase))
        {
            info.Set(TrackerKeys.FileName, fileName.Replace(old, Label, StringComparison.OrdinalIgnoreCase));
        }

        info.Set(TrackerKeys.PeriodName, Label);
        info.Set(TrackerKeys.From, From);
        info.Set(TrackerKeys.To, To);
        info.Set(TrackerKeys.Year, (decimal)To.Year);
        if (NextLabel is not null)
        {
            info.Set(TrackerKeys.NextPeriod, NextLabel);
        }
    }

    /// <summary>The part after the year: nothing (year), H1/H2, 9T, Q1–Q4 or a month number.</summary>
    private static bool TryKind(string rest, out ReportPeriodKind kind, out int firstMonth)
    {
        (kind, firstMonth) = rest switch
        {
            "" => (ReportPeriodKind.Year, 1),
            "H1" => (ReportPeriodKind.Half, 1),
            "H2" => (ReportPeriodKind.Half, 7),
            "9T" or "9M" => (ReportPeriodKind.NineMonths, 1),
            ['Q', var q] when q is >= '1' and <= '4' => (ReportPeriodKind.Quarter, ((q - '1') * 3) + 1),
            _ => (ReportPeriodKind.Month, int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12 ? m : 0),
        };
        return firstMonth != 0;
    }

    private static bool TryParseRange(string text, out ReportPeriod? period)
    {
        period = null;
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length != 2
            || !DataValue.TryParseVietnameseDate(parts[0], out var from)
            || !DataValue.TryParseVietnameseDate(parts[1], out var to)
            || from > to)
        {
            return false;
        }

        period = new ReportPeriod(from, to, "từ ngày " + VietnameseDates.ShortForm(from) + " đến ngày " + VietnameseDates.ShortForm(to), null);
        return true;
    }

    [GeneratedRegex(@"^(?<year>\d{4})(?:-(?<rest>\d{1,2}|Q\d|H[12]|9T|9M))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Spec();
}
