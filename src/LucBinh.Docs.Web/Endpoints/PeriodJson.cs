using LucBinh.Docs.Tracker.Schema;

namespace LucBinh.Docs.Web.Endpoints;

/// <summary>The period the report covers: its name as written in the report, first and last day (ISO dates).</summary>
public sealed record PeriodJson(string? Label, DateOnly? From, DateOnly? To, bool Overridden)
{
    /// <summary>The period in a tracker's general information (<c>thong_tin_chung</c>), after any override.</summary>
    public static PeriodJson Of(Data.DataRecord? data, bool overridden)
    {
        var info = data?[TrackerKeys.Info] as Data.DataRecord;
        return new PeriodJson(info?[TrackerKeys.PeriodName] as string, info?[TrackerKeys.From] as DateOnly?, info?[TrackerKeys.To] as DateOnly?, overridden);
    }
}
