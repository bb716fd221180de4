using System.Text;

namespace LucBinh.Docs.Tracker.Reading;

/// <summary>References to a sheet's cells as defined names write them.</summary>
internal static class SheetReference
{
    /// <summary>Parses <c>'Thông tin chung'!$B$2</c> or <c>Sheet1!$A$2:$A$9</c>; one area only, no other workbook.</summary>
    internal static bool TryParse(string formula, out string sheetName, out CellRange range)
    {
        sheetName = string.Empty;
        range = default;
        var bang = formula.LastIndexOf('!');
        if (bang <= 0 || formula.Contains('[', StringComparison.Ordinal) || formula.Contains("#REF", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var sheetPart = formula[..bang];
        if (sheetPart.Length >= 2 && sheetPart[0] == '\'' && sheetPart[^1] == '\'')
        {
            sheetPart = sheetPart[1..^1].Replace("''", "'", StringComparison.Ordinal);
        }
        else if (sheetPart.Contains(',', StringComparison.Ordinal) || sheetPart.Contains('(', StringComparison.Ordinal))
        {
            return false;
        }

        sheetName = sheetPart.Normalize(NormalizationForm.FormC);
        return CellRange.TryParse(formula[(bang + 1)..], out range);
    }
}
