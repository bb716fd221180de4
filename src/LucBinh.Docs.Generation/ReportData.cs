using System.Text.Json;
using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.IO;
using LucBinh.Docs.Tracker;

namespace LucBinh.Docs.Generation;

/// <summary>Loads the data model from a tracker workbook or a JSON file, with the diagnostics found on the way.</summary>
public static class ReportData
{
    public static (DataRecord Data, IReadOnlyList<Diagnostic> Diagnostics) Load(string? trackerPath, string? dataPath)
    {
        if (dataPath is not null)
        {
            return (LoadJson(dataPath), []);
        }

        if (trackerPath is null)
        {
            throw new ArgumentException("A tracker or a data file is required.", nameof(trackerPath));
        }

        var result = TrackerReader.Read(trackerPath);
        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        if (errors.Count > 0)
        {
            throw new LucBinhException(errors);
        }

        return (result.Data, result.Diagnostics);
    }

    public static DataRecord LoadJson(string path)
    {
        var bytes = InputFile.ReadAll(path);
        try
        {
            using var stream = new MemoryStream(bytes, false);
            return DataJson.Read(stream);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"{e.Message} (dòng {line + 1})" : e.Message;
            throw LucBinhException.Common("IO005", new FileLocation(Path.GetFullPath(path)), e, Path.GetFullPath(path), where);
        }
    }
}
