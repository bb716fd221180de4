using LucBinh.Docs.Web.Problems;

namespace LucBinh.Docs.Web.Endpoints;

/// <summary>
/// The answer of <c>POST /api/check</c>: counts, every problem found (errors first) and the tracker's period (the
/// default of the add-in's period picker; the chosen one when <c>period</c> was sent).
/// At most <c>LucBinh:Web:MaxDiagnostics</c> are listed; <see cref="MoreDiagnostics"/> counts the rest.
/// </summary>
public sealed record CheckResponse(int Errors, int Warnings, IReadOnlyList<DiagnosticJson> Diagnostics, PeriodJson? Period)
{
    public int? MoreDiagnostics { get; init; }
}
