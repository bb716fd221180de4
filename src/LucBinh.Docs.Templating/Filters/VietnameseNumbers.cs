using System.Globalization;
using System.Text;
using Fluid.Values;

namespace LucBinh.Docs.Templating.Filters;

/// <summary>
/// Numbers as Vietnamese documents write and say them (vi-VN format, northern formal reading, see
/// <c>docs/vn-party-format.md</c> §5): "1.234.567,5", "12,5%", "một nghìn không trăm linh năm", "IV".
/// </summary>
public static class VietnameseNumbers
{
    private static readonly string[] Digits = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];

    private const decimal Billion = 1_000_000_000m;

    /// <summary>The vi-VN number format: "." between thousands, "," before decimals, "-" for negatives.</summary>
    public static NumberFormatInfo Format { get; } = NumberFormatInfo.ReadOnly(new NumberFormatInfo
    {
        NumberGroupSeparator = ".",
        NumberDecimalSeparator = ",",
        NegativeSign = "-",
        PercentSymbol = "%",
    });

    /// <summary>
    /// 1234567.5 → "1.234.567,5". With <paramref name="decimals"/> the number is rounded half away from zero and written
    /// with exactly that many decimals (1234567.5, 2 → "1.234.567,50"); without, every significant decimal is written and a
    /// whole number has none (12.50 → "12,5", 3.0 → "3").
    /// </summary>
    public static string FormatNumber(decimal value, int? decimals = null)
    {
        if (decimals is { } fixedDecimals)
        {
            var places = Math.Clamp(fixedDecimals, 0, 10);
            var rounded = Math.Round(value, places, MidpointRounding.AwayFromZero);
            if (rounded == 0)
            {
                rounded = 0m; // no "-0,00"
            }

            return rounded.ToString(places == 0 ? "#,##0" : "#,##0." + new string('0', places), Format);
        }

        return value.ToString("#,##0.############################", Format);
    }

    /// <summary>
    /// A ratio as a percentage: 0.125 → "12,5%", 1 → "100%". Without <paramref name="decimals"/> at most one decimal is
    /// kept (0.3333 → "33,3%"); with it, exactly that many (0.125, 2 → "12,50%").
    /// </summary>
    public static string FormatPercent(decimal ratio, int? decimals = null) => FormatPercentNumber(ratio * 100m, decimals) + "%";

    /// <summary>
    /// Growth wording between two values: (105.2, 100) → "tăng 5,2%", (98.7, 100) → "giảm 1,3%", equal → "bằng". A change
    /// that rounds to zero is "bằng". Null when the previous value is 0 and the current is not (no percentage exists).
    /// </summary>
    public static string? Change(decimal current, decimal previous, int? decimals = null)
    {
        if (previous == 0)
        {
            return current == 0 ? "bằng" : null;
        }

        return ChangeFromRatio((current - previous) / Math.Abs(previous), decimals);
    }

    /// <summary>Growth wording from a relative change: 0.052 → "tăng 5,2%", -0.013 → "giảm 1,3%", 0 → "bằng".</summary>
    public static string ChangeFromRatio(decimal ratio, int? decimals = null)
    {
        var percent = Math.Round(ratio * 100m, Math.Clamp(decimals ?? 1, 0, 10), MidpointRounding.AwayFromZero);
        return percent switch
        {
            > 0 => "tăng " + FormatPercentNumber(percent, decimals) + "%",
            < 0 => "giảm " + FormatPercentNumber(-percent, decimals) + "%",
            _ => "bằng",
        };
    }

    /// <summary>
    /// A number in words, northern formal usage: 21 "hai mươi mốt", 24 "hai mươi tư", 25 "hai mươi lăm", 105 "một trăm linh
    /// năm", 1050 "một nghìn không trăm năm mươi", 1000000000 "một tỷ", -5 "âm năm". Decimals follow "phẩy": 12.5 "mười hai
    /// phẩy năm", 3.05 "ba phẩy không năm"; up to three digits after the zeros are read as a number, longer ones digit by digit.
    /// </summary>
    public static string Words(decimal value)
    {
        if (value < 0)
        {
            return "âm " + Words(-value);
        }

        var whole = decimal.Truncate(value);
        var text = whole == 0 ? Digits[0] : Read(whole, full: false);
        if (whole == value)
        {
            return text;
        }

        var fraction = value.ToString(CultureInfo.InvariantCulture);
        fraction = fraction[(fraction.IndexOf('.', StringComparison.Ordinal) + 1)..].TrimEnd('0');
        var builder = new StringBuilder(text).Append(" phẩy");
        var significant = fraction.TrimStart('0');
        for (var i = 0; i < fraction.Length - significant.Length; i++)
        {
            builder.Append(' ').Append(Digits[0]);
        }

        if (significant.Length <= 3)
        {
            builder.Append(' ').Append(Read(decimal.Parse(significant, CultureInfo.InvariantCulture), full: false));
        }
        else
        {
            foreach (var digit in significant)
            {
                builder.Append(' ').Append(Digits[digit - '0']);
            }
        }

        return builder.ToString();
    }

    /// <summary>4 → "IV", 1990 → "MCMXC"; null outside 1–3999.</summary>
    public static string? Roman(int value)
    {
        if (value is < 1 or > 3999)
        {
            return null;
        }

        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var builder = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            while (value >= values[i])
            {
                builder.Append(symbols[i]);
                value -= values[i];
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A number from a number value or from text: "1234.5" (invariant, no thousands separator) or "1.234,5" (vi-VN).
    /// Empty text, other text and other values are not numbers.
    /// </summary>
    internal static bool TryGetNumber(FluidValue value, out decimal number)
    {
        switch (value)
        {
            case NumberValue:
                number = value.ToNumberValue();
                return true;
            case StringValue:
                var text = value.ToStringValue().Trim();
                return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number)
                    || decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, Format, out number);
            default:
                number = 0;
                return false;
        }
    }

    private static string FormatPercentNumber(decimal percent, int? decimals) =>
        decimals is null ? FormatNumber(Math.Round(percent, 1, MidpointRounding.AwayFromZero)) : FormatNumber(percent, decimals);

    /// <summary>
    /// Reads a positive whole number. <paramref name="full"/>: the number follows a larger group ("một tỷ …"), so its first
    /// group is read with its hundreds and "linh" even when they are zero ("không trăm linh năm").
    /// </summary>
    private static string Read(decimal number, bool full)
    {
        if (number >= Billion)
        {
            var high = decimal.Truncate(number / Billion);
            var low = number % Billion;
            var text = Read(high, full) + " tỷ";
            return low == 0 ? text : text + " " + Read(low, full: true);
        }

        var groups = new[]
        {
            ((int)decimal.Truncate(number / 1_000_000m), " triệu"),
            ((int)decimal.Truncate(number / 1000m % 1000m), " nghìn"),
            ((int)(number % 1000m), string.Empty),
        };
        var builder = new StringBuilder();
        foreach (var (group, unit) in groups)
        {
            if (group == 0)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(ReadGroup(group, full || builder.Length > 0)).Append(unit);
        }

        return builder.ToString();
    }

    private static string ReadGroup(int group, bool full)
    {
        var hundreds = group / 100;
        var tens = group / 10 % 10;
        var units = group % 10;
        var words = new List<string>(5);
        var spoken = full || hundreds > 0;
        if (spoken)
        {
            words.Add(Digits[hundreds]);
            words.Add("trăm");
        }

        switch (tens)
        {
            case 0 when units != 0 && spoken:
                words.Add("linh");
                break;
            case 0:
                break;
            case 1:
                words.Add("mười");
                break;
            default:
                words.Add(Digits[tens]);
                words.Add("mươi");
                break;
        }

        if (units != 0)
        {
            words.Add((tens, units) switch
            {
                (0, _) => Digits[units], // "linh năm", "linh một", "linh bốn"
                (_, 5) => "lăm", // "mười lăm", "hai mươi lăm"
                (1, _) => Digits[units], // "mười một", "mười bốn"
                (_, 1) => "mốt", // "hai mươi mốt"
                (_, 4) => "tư", // "hai mươi tư"
                _ => Digits[units],
            });
        }

        return string.Join(' ', words);
    }
}
