using System.Text;

namespace LucBinh.Docs.Tracker.Reading;

/// <summary>What a cell's number format says its number means.</summary>
internal enum NumberKind
{
    /// <summary>A plain number (General, 0.00, #,##0, %, text "@"…).</summary>
    Number,

    /// <summary>A calendar date (with or without a time of day): becomes a <see cref="DateOnly"/>.</summary>
    Date,

    /// <summary>A time of day or a duration only (h:mm, [h]:mm:ss): becomes text such as "08:30".</summary>
    Time,
}

/// <summary>
/// Classifies Excel number formats. Built-in ids 14–17 and 22 are dates, 18–21 and 45–47 times
/// (ECMA-376 Part 1, 18.8.30); 27–36 and 50–58 are the East Asian built-in date formats. A custom format is a date when
/// its first section has a d, y or month-m token outside quoted text, escapes and [brackets]; "m" next to h or s is minutes.
/// </summary>
internal static class NumberFormats
{
    public static NumberKind ClassifyBuiltIn(uint id) => id switch
    {
        >= 14 and <= 17 or 22 => NumberKind.Date,
        >= 18 and <= 21 or >= 45 and <= 47 => NumberKind.Time,
        >= 27 and <= 36 or >= 50 and <= 58 => NumberKind.Date,
        _ => NumberKind.Number,
    };

    public static NumberKind ClassifyCode(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return NumberKind.Number;
        }

        var tokens = new StringBuilder(code.Length);
        var elapsed = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            switch (c)
            {
                case ';':
                    // Only the first section (positive numbers) decides; dates are positive numbers.
                    i = code.Length;
                    continue;
                case '"':
                    var close = code.IndexOf('"', i + 1);
                    i = close < 0 ? code.Length : close;
                    continue;
                case '\\' or '_' or '*':
                    i++;
                    continue;
                case '[':
                    var end = code.IndexOf(']', i + 1);
                    var inside = end < 0 ? string.Empty : code[(i + 1)..end].ToLowerInvariant();
                    if (inside.Length > 0 && inside.Trim('h', 'm', 's').Length == 0)
                    {
                        elapsed = true;
                    }

                    i = end < 0 ? code.Length : end;
                    continue;
                default:
                    tokens.Append(char.ToLowerInvariant(c));
                    break;
            }
        }

        var text = tokens.ToString().Replace("general", string.Empty, StringComparison.Ordinal);
        if (text.Contains('d', StringComparison.Ordinal) || text.Contains('y', StringComparison.Ordinal))
        {
            return NumberKind.Date;
        }

        var hasHourOrSecond = elapsed || text.Contains('h', StringComparison.Ordinal) || text.Contains('s', StringComparison.Ordinal);
        if (hasHourOrSecond)
        {
            return NumberKind.Time;
        }

        // A lone month token ("mmmm", "mm/yyyy" was caught above) is a date.
        return text.Contains('m', StringComparison.Ordinal) ? NumberKind.Date : NumberKind.Number;
    }
}
