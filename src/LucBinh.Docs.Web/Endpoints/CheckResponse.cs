using LucBinh.Docs.Web.Problems;

namespace LucBinh.Docs.Web.Endpoints;

/// <summary>The answer of <c>POST /api/check</c>: counts and every problem found, errors first.</summary>
public sealed record CheckResponse(int Errors, int Warnings, IReadOnlyList<DiagnosticJson> Diagnostics);
