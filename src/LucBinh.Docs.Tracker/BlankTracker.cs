using LucBinh.Docs.Data;
using LucBinh.Docs.IO;
using LucBinh.Docs.Tracker.Writing;

namespace LucBinh.Docs.Tracker;

/// <summary>
/// Writes the blank tracker (templates/so-theo-doi.xlsx): "Thông tin chung" and one Excel table per list, with drop-down
/// lists, date formats and hints. Given a previous tracker's data, the organisation fields of "Thông tin chung" and the
/// "Nơi nhận" rows are carried over into the new period.
/// </summary>
public static class BlankTracker
{
    public static void Write(Stream output, DataRecord? carryOver = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        TrackerWriter.Write(output, CarryOver(carryOver));
    }

    public static void Write(string path, DataRecord? carryOver = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var data = CarryOver(carryOver);
        AtomicFile.Write(path, stream => TrackerWriter.Write(stream, data));
    }

    /// <summary>The part of a previous tracker's data that a new period keeps.</summary>
    internal static DataRecord CarryOver(DataRecord? previous)
    {
        var data = new DataRecord();
        if (previous is null)
        {
            return data;
        }

        if (previous[TrackerLayout.InfoKey] is DataRecord info)
        {
            var kept = new DataRecord();
            foreach (var row in TrackerLayout.Info.Where(r => r.Organisation))
            {
                if (info[row.Key] is { } value)
                {
                    kept.Set(row.Key, value, row.Label);
                }
            }

            data.Set(TrackerLayout.InfoKey, kept);
        }

        if (previous["noi_nhan"] is DataList recipients)
        {
            var rows = new DataList();
            foreach (var recipient in recipients.OfType<DataRecord>())
            {
                rows.Add(new DataRecord()
                    .Set("stt", (decimal)(rows.Count + 1))
                    .Set("noi_nhan", recipient["noi_nhan"])
                    .Set("hinh_thuc_gui", recipient["hinh_thuc_gui"]));
            }

            data.Set("noi_nhan", rows);
        }

        return data;
    }
}
