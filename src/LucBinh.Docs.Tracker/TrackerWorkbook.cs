using LucBinh.Docs.Data;
using LucBinh.Docs.IO;
using LucBinh.Docs.Tracker.Writing;

namespace LucBinh.Docs.Tracker;

/// <summary>
/// Writes a filled tracker in the committee's layout from data of the model's shape (<c>thong_tin_chung</c> object and
/// the lists <c>van_ban_can_cu</c>, <c>van_ban_cung_cap</c>, <c>tuyen_truyen</c>, <c>du_luan</c>, <c>nhiem_vu</c>,
/// <c>noi_nhan</c>) — the same code path as <see cref="BlankTracker"/>; used for the sample tracker and round trips.
/// </summary>
public static class TrackerWorkbook
{
    public static void Write(Stream output, DataRecord data) => TrackerWriter.Write(output, data);

    public static void Write(string path, DataRecord data)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(data);
        AtomicFile.Write(path, stream => TrackerWriter.Write(stream, data));
    }
}
