using System.Globalization;

namespace LucBinh.Docs.Data;

/// <summary>The value kinds of the data model and the rules shared by every source (Excel, JSON, code).</summary>
public static class DataValue
{
    /// <summary>Throws when a value is of a kind templates cannot see; keeps the model closed and predictable.</summary>
    public static void EnsureSupported(object? value)
    {
        switch (value)
        {
            case null or string or decimal or bool or DateOnly or DataRecord or DataList:
                return;
            default:
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Unsupported data value type {value.GetType().Name}."),
                    nameof(value));
        }
    }

    /// <summary>Parses an ISO 8601 calendar date (<c>yyyy-mm-dd</c>, optionally with a midnight time part).</summary>
    public static bool TryParseIsoDate(string text, out DateOnly date)
    {
        var s = text.Trim();
        if (s.Length >= 10 && s.Length <= 30
            && DateOnly.TryParseExact(s.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            if (s.Length == 10)
            {
                return true;
            }

            // "2024-05-20T00:00:00" and "2024-05-20T00:00:00Z" are dates written by tools; any other time is not a date.
            var rest = s[10..];
            return rest is "T00:00:00" or "T00:00:00Z" or "T00:00:00.000Z" or " 00:00:00";
        }

        date = default;
        return false;
    }

    /// <summary>Parses a Vietnamese short date (<c>dd/mm/yyyy</c> or <c>d/m/yyyy</c>).</summary>
    public static bool TryParseVietnameseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(
            text.Trim(),
            ["d/M/yyyy", "dd/MM/yyyy", "d/MM/yyyy", "dd/M/yyyy"],
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out date);

    /// <summary>A date from a date value or from text in ISO 8601 or dd/mm/yyyy form.</summary>
    public static bool TryGetDate(object? value, out DateOnly date)
    {
        switch (value)
        {
            case DateOnly d:
                date = d;
                return true;
            case DateTime dt:
                date = DateOnly.FromDateTime(dt);
                return true;
            case DateTimeOffset dto:
                date = DateOnly.FromDateTime(dto.DateTime);
                return true;
            case string s:
                return TryParseIsoDate(s, out date) || TryParseVietnameseDate(s, out date);
            default:
                date = default;
                return false;
        }
    }
}
