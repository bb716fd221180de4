using System.Globalization;
using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Localization;
using LucBinh.Docs.Text;
using LucBinh.Docs.Tracker.Checking;
using LucBinh.Docs.Tracker.Reading;
using LucBinh.Docs.Tracker.Schema;

namespace LucBinh.Docs.Tracker;

/// <summary>
/// Reads a tracker and checks it against the committee's layout (<c>lucbinh-docs check --tracker</c>): values of the wrong
/// type, empty required cells, values outside a drop-down list, duplicate document numbers, impossible or mistyped dates,
/// missing sheets. Every problem names its sheet and cell. The result holds the reader's diagnostics followed by these.
/// With what a template uses (<see cref="TrackerCheckOptions.Needs"/>) the check is the one of that template's report:
/// a problem blocks (is an error) only when it is in something the template uses (docs/data-model.md, "What blocks and
/// what warns").
/// </summary>
public static class TrackerCheck
{
    public static TrackerReadResult Check(string path, TrackerReadOptions? options = null, CancellationToken cancellationToken = default) =>
        Check(TrackerReader.ReadFile(path), path, options, cancellationToken);

    /// <summary>A tracker file's bytes, read once (formats never read, such as .csv, are refused by their extension first).</summary>
    public static byte[] ReadFile(string path) => TrackerReader.ReadFile(path);

    public static TrackerReadResult Check(byte[] content, string displayName, TrackerReadOptions? options = null, CancellationToken cancellationToken = default) =>
        Check(content, displayName, options, TrackerCheckOptions.Default, cancellationToken);

    /// <summary>The check against a schema and, when <see cref="TrackerCheckOptions.Needs"/> is set, for one template.</summary>
    public static TrackerReadResult Check(byte[] content, string displayName, TrackerReadOptions? options, TrackerCheckOptions check, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(check);
        var read = TrackerReader.Read(content, displayName, options, out var places, cancellationToken);
        var checks = new DiagnosticBag();
        new Checker(read.Data, places, read.Diagnostics, checks, check, cancellationToken).Run();

        // The checks are listed like the reader's: the same problem at most 20 times per sheet, then one count (TRK024),
        // so that 100,000 rows of one mistake give a message of bounded size.
        return read with { Diagnostics = [.. read.Diagnostics, .. checks.ToList()] };
    }

    /// <summary>Text longer than this is not compared with a drop-down list's values for a "did you mean".</summary>
    private const int MaxSuggestedLength = 100;

    private sealed class Checker(DataRecord data, ModelPlaces places, IReadOnlyList<Diagnostic> read, DiagnosticBag found, TrackerCheckOptions options, CancellationToken cancellationToken)
    {
        private readonly HashSet<DiagnosticLocation> _reported = [.. read.Select(d => d.Location).OfType<DiagnosticLocation>()];
        private readonly TemplateNeeds? _needs = options.Needs;
        private int _rows;
        private DateOnly? _from;
        private DateOnly? _to;

        public void Run()
        {
            // The period's dates first: the lists' dates are checked against them.
            foreach (var fields in options.Schema.Sheets.Where(s => s.Shape == SheetShape.Fields).OrderBy(s => s.Key == TrackerKeys.Info ? 0 : 1))
            {
                CheckFields(fields);
            }

            foreach (var list in options.Schema.Sheets.Where(s => s.Shape == SheetShape.List))
            {
                if (data[list.Key] is not DataList rows)
                {
                    if (!data.ContainsKey(list.Key))
                    {
                        Missing(list);
                    }

                    continue;
                }

                CheckList(list, rows);
            }

            if (_needs is not null)
            {
                TemplateChecks.Run(data, read, options.Schema, _needs, Add);
            }
        }

        /// <summary>A used field is checked as the schema says; a field the template does not use cannot block its report.</summary>
        private bool Used(SchemaSheet sheet, string key) => _needs is null || _needs.UsesField(sheet.Key, key);

        private bool Required(SchemaSheet sheet, SchemaField field) =>
            field.Required && (_needs is null || (_needs.UsesField(sheet.Key, field.Key) && !_needs.IsSupplied(sheet.Key, field.Key)));

        /// <summary>An error of a used field, else the same message as a warning.</summary>
        private static Diagnostic Problem(bool used, string code, DiagnosticLocation location, params object?[] arguments) =>
            used ? TrackerDiagnostics.Error(code, location, arguments) : TrackerDiagnostics.Warning(code, location, arguments);

        /// <summary>A sheet of the schema the tracker lacks: a warning of the full check; with a template, TemplateChecks says it (TRK060) when it is used.</summary>
        private void Missing(SchemaSheet sheet)
        {
            if (_needs is null)
            {
                Add(TrackerDiagnostics.Warning("TRK037", new SheetLocation(sheet.Name), sheet.Name, sheet.Table ?? "—"));
            }
        }

        private void CheckFields(SchemaSheet schemaSheet)
        {
            if (data[schemaSheet.Key] is not DataRecord info)
            {
                if (!data.ContainsKey(schemaSheet.Key))
                {
                    Missing(schemaSheet);
                }

                return;
            }

            var items = places.Items.GetValueOrDefault(info) ?? [];
            var sheet = info.Source?.Sheet ?? schemaSheet.Name;
            SheetLocation At(string key) => items.TryGetValue(key, out var place)
                ? new SheetLocation(sheet, CellReference.Name(place.Row, place.Column))
                : new SheetLocation(sheet);

            foreach (var row in schemaSheet.Fields)
            {
                var value = info[row.Key];
                if (value is null)
                {
                    if (Required(schemaSheet, row))
                    {
                        Add(TrackerDiagnostics.Error("TRK031", At(row.Key), row.Header));
                    }

                    continue;
                }

                CheckType(value, row.Kind, row.Header, At(row.Key), Used(schemaSheet, row.Key));
            }

            if (schemaSheet.Key != TrackerKeys.Info)
            {
                return;
            }

            _from = info[TrackerKeys.From] as DateOnly?;
            _to = info[TrackerKeys.To] as DateOnly?;
            if (_from is { } from && _to is { } to && from > to)
            {
                var used = Used(schemaSheet, TrackerKeys.From) || Used(schemaSheet, TrackerKeys.To);
                Add(Problem(used, "TRK036", At(TrackerKeys.From), Date(from), Date(to)));
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
                        if (Required(list, column))
                        {
                            Add(TrackerDiagnostics.Error("TRK031", At(column.Key), column.Header));
                        }

                        continue;
                    }

                    var used = Used(list, column.Key);
                    if (!CheckType(value, column.Kind, column.Header, At(column.Key), used))
                    {
                        continue;
                    }

                    if (column.Choices is { } choices && value is string text && !choices.Contains(text, StringComparer.Ordinal))
                    {
                        // A drop-down value is a few words: longer text gets no suggestion (edit distance costs length × length).
                        var suggestion = text.Length <= MaxSuggestedLength && Suggestions.Closest(text, choices) is { } closest
                            ? new LocalizedText(TrackerDiagnostics.Tracker, "Suggest", closest)
                            : LocalizedText.Empty;
                        var diagnostic = Problem(column.OnlyChoices && used, "TRK032", At(column.Key), text, column.Header, string.Join(", ", choices), suggestion);
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
        private bool CheckType(object value, FieldKind kind, string label, SheetLocation at, bool used)
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

            Add(Problem(used, "TRK030", at, Convert.ToString(value, CultureInfo.InvariantCulture), label, TrackerDiagnostics.Text(expected)));
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
