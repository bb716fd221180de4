using System.Globalization;
using System.Text;
using LucBinh.Docs.Data;
using LucBinh.Docs.Tracker.Schema;

namespace LucBinh.Docs.Generation;

/// <summary>
/// Names a report from its data: <c>thong_tin_chung.ten_tep_bao_cao</c> when the tracker gives one, else
/// "Bao cao" and the issue date. Names keep Vietnamese letters (NFC) and lose only what Windows, macOS or SharePoint
/// forbid in a file name.
/// </summary>
public static class OutputNaming
{
    private const string InvalidCharacters = "\\/:*?\"<>|#%";

    public static string FileName(DataRecord data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var info = data[TrackerKeys.Info] as DataRecord;
        var name = info?[TrackerKeys.FileName] as string;
        if (string.IsNullOrWhiteSpace(name))
        {
            var date = info?[TrackerKeys.IssueDate] is DateOnly d ? d : (DateOnly?)null;
            name = date is { } issued
                ? "Bao cao " + issued.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : "Bao cao";
        }

        return Sanitize(name) + ".docx";
    }

    public static string Sanitize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            builder.Append(char.IsControl(c) || InvalidCharacters.Contains(c, StringComparison.Ordinal) ? '-' : c);
        }

        var cleaned = string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim().TrimEnd('.');
        if (cleaned.Length > 120)
        {
            cleaned = cleaned[..120].TrimEnd();
        }

        return cleaned.Length == 0 ? "Bao cao" : cleaned;
    }

    /// <summary>The file to write: <paramref name="output"/> itself when it names a .docx, else a file inside that folder.</summary>
    public static string Resolve(string output, DataRecord data)
    {
        ArgumentNullException.ThrowIfNull(output);
        var isFile = output.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) && !Directory.Exists(output);
        return Path.GetFullPath(isFile ? output : Path.Combine(output, FileName(data)));
    }
}
