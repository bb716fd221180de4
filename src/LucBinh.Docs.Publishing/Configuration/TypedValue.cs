using System.Globalization;

namespace LucBinh.Docs.Publishing.Configuration;

/// <summary>
/// A metadata value's type prefix: <c>number:{{ so_trang }}</c>, <c>date:{{ ngay }}</c>, <c>bool:{{ da_duyet }}</c>;
/// without a prefix the value is text. Graph's listItem fields take JSON numbers and booleans for those column types
/// and ISO 8601 for dates.
/// </summary>
public static class TypedValue
{
    public static (string Type, string Text) Split(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        foreach (var type in new[] { "number", "date", "bool" })
        {
            if (value.StartsWith(type + ":", StringComparison.OrdinalIgnoreCase))
            {
                return (type, value[(type.Length + 1)..]);
            }
        }

        return ("text", value);
    }

    /// <summary>The JSON value for a rendered text of the given type; null when it cannot be converted.</summary>
    public static object? Convert(string type, string rendered)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        var text = rendered.Trim();
        switch (type)
        {
            case "number":
                var normalized = text.Replace(" ", string.Empty, StringComparison.Ordinal);
                return decimal.TryParse(normalized, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n
                    : decimal.TryParse(normalized, NumberStyles.Number, CultureInfo.GetCultureInfo("vi-VN"), out n) ? n : null;
            case "bool":
                return text.ToUpperInvariant() switch
                {
                    "TRUE" or "1" or "YES" or "CÓ" => true,
                    "FALSE" or "0" or "NO" or "KHÔNG" or "" => false,
                    _ => null,
                };
            case "date":
                return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso) ? iso.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z"
                    : DateOnly.TryParseExact(text, ["d/M/yyyy", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var vi) ? vi.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z"
                    : null;
            default:
                return rendered;
        }
    }
}
