using LucBinh.Docs.Data;
using LucBinh.Docs.IO;
using LucBinh.Docs.Tracker.Schema;
using LucBinh.Docs.Tracker.Writing;

namespace LucBinh.Docs.Tracker;

/// <summary>
/// Writes a blank tracker of a schema (the committee's by default, templates/so-theo-doi.xlsx): each key/value sheet
/// with its labels and hints, one Excel table per list, with drop-down lists and date formats. Given a previous
/// tracker's data, the fields and lists the schema marks as carried over (organisation, signer, recipients) are kept
/// for the new period.
/// </summary>
public static class BlankTracker
{
    public static void Write(Stream output, DataRecord? carryOver = null, TrackerSchema? schema = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        schema ??= TrackerSchema.Committee;
        TrackerWriter.Write(output, CarryOver(carryOver, schema), schema);
    }

    public static void Write(string path, DataRecord? carryOver = null, TrackerSchema? schema = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        schema ??= TrackerSchema.Committee;
        var data = CarryOver(carryOver, schema);
        AtomicFile.Write(path, stream => TrackerWriter.Write(stream, data, schema));
    }

    /// <summary>The part of a previous tracker's data that a new period keeps.</summary>
    internal static DataRecord CarryOver(DataRecord? previous, TrackerSchema? schema = null)
    {
        schema ??= TrackerSchema.Committee;
        var data = new DataRecord();
        if (previous is null)
        {
            return data;
        }

        foreach (var sheet in schema.Sheets)
        {
            if (sheet.Shape == SheetShape.Fields && previous[sheet.Key] is DataRecord fields)
            {
                var kept = new DataRecord();
                foreach (var field in sheet.Fields.Where(f => f.CarriedOver))
                {
                    if (fields[field.Key] is { } value)
                    {
                        kept.Set(field.Key, value, field.Header);
                    }
                }

                data.Set(sheet.Key, kept);
            }
            else if (sheet.Shape == SheetShape.List && sheet.CarriedOver && previous[sheet.Key] is DataList list)
            {
                var rows = new DataList();
                foreach (var item in list.OfType<DataRecord>())
                {
                    var row = new DataRecord();
                    foreach (var field in sheet.Fields)
                    {
                        row.Set(field.Key, field.Key == TrackerKeys.RowNumber ? (decimal)(rows.Count + 1) : item[field.Key]);
                    }

                    rows.Add(row);
                }

                data.Set(sheet.Key, rows);
            }
        }

        return data;
    }
}
