using LucBinh.Docs.Data;
using LucBinh.Docs.IO;
using LucBinh.Docs.Tracker.Schema;
using LucBinh.Docs.Tracker.Writing;

namespace LucBinh.Docs.Tracker;

/// <summary>
/// Writes a filled tracker of a schema (the committee's by default) from data of the model's shape: the same code path
/// as <see cref="BlankTracker"/>; used for the sample trackers and round trips.
/// </summary>
public static class TrackerWorkbook
{
    public static void Write(Stream output, DataRecord data, TrackerSchema? schema = null) =>
        TrackerWriter.Write(output, data, schema ?? TrackerSchema.Committee);

    public static void Write(string path, DataRecord data, TrackerSchema? schema = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(data);
        AtomicFile.Write(path, stream => TrackerWriter.Write(stream, data, schema ?? TrackerSchema.Committee));
    }
}
