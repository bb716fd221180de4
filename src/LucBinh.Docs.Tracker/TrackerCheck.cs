using System.Globalization;
using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Localization;
using LucBinh.Docs.Text;
using LucBinh.Docs.Tracker.Reading;
using LucBinh.Docs.Tracker.Schema;

namespace LucBinh.Docs.Tracker;

/// <summary>
/// Reads a tracker and checks it against the committee's layout (<c>lucbinh-docs check --tracker</c>): values of the wrong
/// type, empty required cells, values outside a drop-down list, duplicate document numbers, impossible or mistyped dates,
/// missing sheets. Every problem names its sheet and cell. The result holds the reader's diagnostics followed by these.
/// </summary>
public static class TrackerCheck
{
    public static TrackerReadResult Check(string path, TrackerReadOptions? options = null, CancellationToken cancellationToken = default) =>
        Check(TrackerReader.ReadFile(path), path, options, cancellationToken);

    public static TrackerReadResult Check(byte[] content, string displayName, TrackerReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        var read = TrackerReader.Read(content, displayName, options, out var places, cancellationToken);
        var checks = new DiagnosticBag();
        new Checker(read.Data, places, read.Diagnostics, checks, cancellationToken).Run();

        // The checks are listed like the reader's: the same problem at most 20 times per sheet, then one count (TRK024),
        // so that 100,000 rows of one mistake give a message of bounded size.
        return read with { Diagnostics = [.. read.Diagnostics, .. checks.ToList()] };
    }

    /// <summary>Text longer than this is not compared with a drop-down list's values for a "did you mean".</summary>
    private const int MaxSuggestedLength = 100;

    private sealed class Checker(DataRecord data, ModelPlaces places, IReadOnlyList<Diagnostic> read, DiagnosticBag found, CancellationToken cancellationToken)
    {
        private readonly HashSet<DiagnosticLocation> _reported = [.. read.Select(d => d.Location).OfType<DiagnosticLocation>()];
        private int _rows;
        private DateOnly? _from;
        private DateOnly? _to;

        public void Run()
        {
            CheckInfo();
            foreach (var list in TrackerSchema.Committee.Sheets.Where(s => s.Shape == SheetShape.List))
            {
                if (data[list.Key] is not DataList rows)
                {
                    if (!data.ContainsKey(list.Key))
                    {
                        Add(TrackerDiagnostics.Warning("TRK037", new SheetLocation(list.Name), list.Name, list.Table ?? "—"));
                    }

                    continue;
                }

                CheckList(list, rows);
            }
        }

        private void CheckInfo()
        {
            if (data[TrackerKeys.Info] is not DataRecord info)
            {
                if (!data.ContainsKey(TrackerKeys.Info))
                {
                    Add(TrackerDiagnostics.Warning("TRK037", new SheetLocation(TrackerKeys.InfoSheet), TrackerKeys.InfoSheet, "—"));
                }

                return;
            }

            var items = places.Items.GetValueOrDefault(info) ?? [];
            var sheet = info.Source?.Sheet ?? TrackerKeys.InfoSheet;
            SheetLocation At(string key) => items.TryGetValue(key, out var place)
                ? new SheetLocation(sheet, CellReference.Name(place.Row, place.Column))
                : new SheetLocation(sheet);

            foreach (var row in TrackerSchema.Committee.Sheet(TrackerKeys.Info)!.Fields)
            {
                var value = info[row.Key];
                if (value is null)
                {
                    if (row.Required)
                    {
                        Add(TrackerDiagnostics.Error("TRK031", At(row.Key), row.Header));
                    }

                    continue;
                }

                CheckType(value, row.Kind, row.Header, At(row.Key));
            }

            _from = info[TrackerKeys.From] as DateOnly?;
            _to = info[TrackerKeys.To] as DateOnly?;
            if (_from is { } from && _to is { } to && from > to)
            {
                Add(TrackerDiagnostics.Error("TRK036", At(TrackerKeys.From), Date(from), Date(to)));
                (_from, _to) = (null, null);
            }
        }

        private void CheckList(SchemaSheet list, DataList rows)
        {
            var columns = places.Columns.GetValueOrDefault(rows) ?? [];
            var numbers = new Dictionary<(string Number, int Year), int>();
            foreach (var row in rows.OfType<DataRecord>())
            {
                if ((++_rows & 1023) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var sheet = row.Source?.Sheet ?? list.Name;
                var rowNumber = row.Source?.Row ?? 0;
                SheetLocation At(string key) => columns.TryGetValue(key, out var column)
                    ? new SheetLocation(sheet, CellReference.Name(rowNumber, column))
                    : new SheetLocation(sheet, null, rowNumber);

                foreach (var column in list.Fields.Where(c => columns.ContainsKey(c.Key)))
                {
                    var value = row[column.Key];
                    if (value is null)
                    {
                        if (column.Required)
                        {
                            Add(TrackerDiagnostics.Error("TRK031", At(column.Key), column.Header));
                        }

                        continue;
                    }

                    if (!CheckType(value, column.Kind, column.Header, At(column.Key)))
                    {
                        continue;
                    }

                    if (column.Choices is { } choices && value is string text && !choices.Contains(text, StringComparer.Ordinal))
                    {
                        // A drop-down value is a few words: longer text gets no suggestion (edit distance costs length × length).
                        var suggestion = text.Length <= MaxSuggestedLength && Suggestions.Closest(text, choices) is { } closest
                            ? new LocalizedText(TrackerDiagnostics.Tracker, "Suggest", closest)
                            : LocalizedText.Empty;
                        var diagnostic = column.OnlyChoices
                            ? TrackerDiagnostics.Error("TRK032", At(column.Key), text, column.Header, string.Join(", ", choices), suggestion)
                            : TrackerDiagnostics.Warning("TRK032", At(column.Key), text, column.Header, string.Join(", ", choices), suggestion);
                        Add(diagnostic);
                    }

                    if (value is DateOnly date && column.InPeriod && _from is { } from && _to is { } to
                        && (date < from.AddYears(-1) || date > to.AddYears(1)))
                    {
                        Add(TrackerDiagnostics.Warning("TRK035", At(column.Key), Date(date), column.Header, Date(from), Date(to)));
                    }
                }

                if (row["ngay_ban_hanh"] is DateOnly issued && row["ngay_cung_cap"] is DateOnly provided && issued > provided)
                {
                    Add(TrackerDiagnostics.Warning("TRK034", At("ngay_cung_cap"), Date(issued), Date(provided)));
                }

                if (row["so_ky_hieu"] is string number && row["ngay_ban_hanh"] is DateOnly day)
                {
                    var key = (NameFolding.ToKey(number), day.Year);
                    if (numbers.TryGetValue(key, out var firstRow))
                    {
                        Add(TrackerDiagnostics.Warning("TRK033", At("so_ky_hieu"), number, day.Year, firstRow));
                    }
                    else
                    {
                        numbers[key] = rowNumber;
                    }
                }
            }
        }

        /// <summary>Reports a value of the wrong kind for a date or number column; true when the value is of the right kind.</summary>
        private bool CheckType(object value, FieldKind kind, string label, SheetLocation at)
        {
            var expected = kind switch
            {
                FieldKind.Date when value is not DateOnly => "Expect.Date",
                FieldKind.Number when value is not decimal => "Expect.Number",
                _ => null,
            };
            if (expected is null)
            {
                return true;
            }

            Add(TrackerDiagnostics.Error("TRK030", at, Convert.ToString(value, CultureInfo.InvariantCulture), label, TrackerDiagnostics.Text(expected)));
            return false;
        }

        private void Add(Diagnostic diagnostic)
        {
            // The reader already reported this cell (for example TRK017, text in a date column): say it once.
            if (diagnostic.Code == "TRK030" && diagnostic.Location is not null && _reported.Contains(diagnostic.Location))
            {
                return;
            }

            found.Add(diagnostic);
        }

        private static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
    }
}
