using System.Text;
using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Publishing.Configuration;
using LucBinh.Docs.Publishing.SharePoint;

namespace LucBinh.Docs.Publishing;

/// <summary>
/// The folder, file name and metadata templates (<see cref="NameTemplate"/>) of a store, compiled once, rendered per report into the names
/// of a <see cref="StorePlan"/>. Names are made valid for SharePoint (a superset of Windows' rules, so the local store
/// uses them too) and composed to NFC; every change is reported (PUB115).
/// </summary>
internal sealed class PlanTemplates
{
    private readonly (string Key, string Source, NameTemplate Template)? _folder;
    private readonly (string Key, string Source, NameTemplate Template)? _fileName;
    private readonly List<(string Column, string Type, NameTemplate Template)> _metadata = [];

    public PlanTemplates(string keyPrefix, string folder, string fileName, IReadOnlyDictionary<string, string>? metadata = null)
    {
        _folder = Compile(keyPrefix + ":Folder", folder);
        _fileName = Compile(keyPrefix + ":FileName", fileName);
        foreach (var (column, value) in metadata ?? new Dictionary<string, string>())
        {
            var (type, text) = TypedValue.Split(value);
            _metadata.Add((column, type, Compile(keyPrefix + ":Metadata:" + column, text)!.Value.Template));
        }
    }

    public (string Folder, string FileName, IReadOnlyList<string> Renamed) Names(ReportToStore report)
    {
        var renamed = new List<string>();
        var folder = string.Empty;
        if (_folder is { } f)
        {
            var text = f.Template.Render(report.Data).Normalize(NormalizationForm.FormC).Replace('\\', '/').Trim();
            var segments = text.Split('/');
            if (text.Length == 0 || segments.Skip(1).SkipLast(1).Any(s => s.Trim().Length == 0))
            {
                throw new LucBinhException(PublishingDiagnostics.Error("PUB007", f.Key, f.Source));
            }

            folder = SharePointNames.FolderPath(text);
            var wanted = string.Join('/', segments.Select(s => s.Trim()).Where(s => s.Length > 0));
            if (!string.Equals(wanted, folder, StringComparison.Ordinal))
            {
                renamed.Add(wanted + " → " + folder);
            }
        }

        var sourceName = Path.GetFileName(report.FilePath);
        var extension = Path.GetExtension(sourceName);
        var name = sourceName;
        if (_fileName is { } n)
        {
            name = n.Template.Render(report.Data).Normalize(NormalizationForm.FormC).Trim();
            if (name.Length == 0)
            {
                throw new LucBinhException(PublishingDiagnostics.Error("PUB007", n.Key, n.Source));
            }

            if (!name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                name += extension;
            }
        }

        name = name.Normalize(NormalizationForm.FormC);
        var valid = SharePointNames.Segment(name);
        if (!string.Equals(valid, name, StringComparison.Ordinal))
        {
            renamed.Add(name + " → " + valid);
        }

        return (folder, valid, renamed);
    }

    /// <summary>Column → rendered value, with its type prefix kept (<c>number:12</c>) for the store to convert.</summary>
    public IReadOnlyDictionary<string, string> Metadata(DataRecord data)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (column, type, template) in _metadata)
        {
            var value = template.Render(data).Normalize(NormalizationForm.FormC);
            result[column] = type == "text" ? value : type + ":" + value;
        }

        return result;
    }

    private static (string Key, string Source, NameTemplate Template)? Compile(string key, string source)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            return null;
        }

        return (key, source, NameTemplate.Parse(source, key));
    }
}
