namespace LucBinh.Docs.Tracker.Schema;

/// <summary>
/// The sheets a tracker holds for one template (or several): the one home of sheet names, keys, column kinds,
/// vocabularies and required flags that the reader's check, <c>init-tracker</c>, the period logic, output naming and the
/// web host use. A template declares its schema (docs/template-catalogue.md); <see cref="Committee"/> is the schema of
/// the bundled coordination report and the default for a template that declares none.
/// </summary>
/// <param name="Sheets">The sheets, in the order <c>init-tracker</c> writes them.</param>
public sealed record TrackerSchema(IReadOnlyList<SchemaSheet> Sheets)
{
    /// <summary>The workbook's title property when <c>init-tracker</c> writes it.</summary>
    public string? Title { get; init; }

    /// <summary>The committee's coordination-report tracker (templates/so-theo-doi.xlsx), docs/data-model.md.</summary>
    public static TrackerSchema Committee => CommitteeSchema.Schema;

    /// <summary>The sheet whose data-model key is <paramref name="key"/>, or null.</summary>
    public SchemaSheet? Sheet(string key) => Sheets.FirstOrDefault(s => string.Equals(s.Key, key, StringComparison.Ordinal));

    /// <summary>
    /// One workbook for several templates: every sheet once (the first schema's name, shape and table win), the fields of a
    /// shared sheet merged by key in first-seen order; a field is required when one template requires it.
    /// </summary>
    public static TrackerSchema Union(IEnumerable<TrackerSchema> schemas)
    {
        ArgumentNullException.ThrowIfNull(schemas);
        var order = new List<string>();
        var sheets = new Dictionary<string, (SchemaSheet Sheet, List<SchemaField> Fields)>(StringComparer.Ordinal);
        string? title = null;
        foreach (var schema in schemas)
        {
            title ??= schema.Title;
            foreach (var sheet in schema.Sheets)
            {
                if (!sheets.TryGetValue(sheet.Key, out var merged))
                {
                    order.Add(sheet.Key);
                    sheets[sheet.Key] = (sheet, [.. sheet.Fields]);
                    continue;
                }

                foreach (var field in sheet.Fields)
                {
                    var at = merged.Fields.FindIndex(f => string.Equals(f.Key, field.Key, StringComparison.Ordinal));
                    if (at < 0)
                    {
                        merged.Fields.Add(field);
                    }
                    else
                    {
                        var kept = merged.Fields[at];
                        merged.Fields[at] = kept with
                        {
                            Required = kept.Required || field.Required,
                            CarriedOver = kept.CarriedOver || field.CarriedOver,
                            Choices = kept.Choices ?? field.Choices,
                            Hint = kept.Hint ?? field.Hint,
                        };
                    }
                }

                sheets[sheet.Key] = (merged.Sheet with { CarriedOver = merged.Sheet.CarriedOver || sheet.CarriedOver }, merged.Fields);
            }
        }

        return new TrackerSchema([.. order.Select(k => sheets[k].Sheet with { Fields = sheets[k].Fields })]) { Title = title };
    }
}
