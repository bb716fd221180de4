namespace LucBinh.Docs.Web.Endpoints;

/// <summary>The period the report covers: its name as written in the report, first and last day (ISO dates).</summary>
public sealed record PeriodJson(string? Label, DateOnly? From, DateOnly? To, bool Overridden);
