using System.Globalization;

namespace LucBinh.Docs.Publishing.Register;

/// <summary>How numbers run: from 01 for each kind within the committee's term (the Party's rule), or within a year.</summary>
public enum NumberingPeriod
{
    Term,
    Year,
}

/// <summary>
/// The register's settings (section <c>Register</c>): the numbering scope and where the register is kept. Without
/// SharePoint it is a SQLite file in the local store's folder; with SharePoint, a list on the committee's site.
/// </summary>
public sealed record RegisterOptions
{
    /// <summary>Numbers run per term (default) or per calendar year.</summary>
    public NumberingPeriod Numbering { get; init; } = NumberingPeriod.Term;

    /// <summary>The first day of the current term (e.g. 2025-10-01); required when <see cref="Numbering"/> is Term.</summary>
    public DateOnly? TermStart { get; init; }

    /// <summary>How many years a term lasts (5 for a Party committee).</summary>
    public int TermYears { get; init; } = 5;

    /// <summary>The SQLite file; null: <c>so-dang-ky.db</c> in the local store's folder.</summary>
    public string? DatabasePath { get; init; }

    /// <summary>The SharePoint list's display name.</summary>
    public string ListName { get; init; } = "Sổ đăng ký văn bản đi";

    /// <summary>
    /// The scope a document issued on <paramref name="issueDate"/> is numbered in: the term's years (<c>2025-2030</c>)
    /// counted from <see cref="TermStart"/>, or the year (<c>2026</c>).
    /// </summary>
    public string ScopeOf(DateOnly issueDate)
    {
        if (Numbering == NumberingPeriod.Year || TermStart is not { } start)
        {
            return issueDate.Year.ToString(CultureInfo.InvariantCulture);
        }

        var years = Math.Max(1, TermYears);
        var terms = issueDate < start
            ? -(int)Math.Ceiling((start.DayNumber - issueDate.DayNumber) / (365.2425 * years))
            : (int)Math.Floor((issueDate.DayNumber - start.DayNumber) / (365.2425 * years));
        var first = start.AddYears(terms * years);
        return first.Year.ToString(CultureInfo.InvariantCulture) + "-" + first.AddYears(years).Year.ToString(CultureInfo.InvariantCulture);
    }
}
