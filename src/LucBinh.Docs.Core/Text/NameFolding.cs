using System.Globalization;
using System.Text;

namespace LucBinh.Docs.Text;

/// <summary>
/// Folds Vietnamese labels into the ASCII snake_case keys templates use:
/// "Văn bản cung cấp" → <c>van_ban_cung_cap</c>, "Số người tham dự" → <c>so_nguoi_tham_du</c>.
/// </summary>
public static class NameFolding
{
    public static string ToKey(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var decomposed = label.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingUnderscore = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var folded = c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            };
            if (folded is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingUnderscore && builder.Length > 0)
                {
                    builder.Append('_');
                }

                builder.Append(folded);
                pendingUnderscore = false;
            }
            else
            {
                pendingUnderscore = true;
            }
        }

        return builder.ToString();
    }
}
