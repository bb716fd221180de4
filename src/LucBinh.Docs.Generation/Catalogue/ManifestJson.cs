namespace LucBinh.Docs.Generation.Catalogue;

// The manifest as written in JSON, every member optional: the reader checks each one and says what is missing where,
// instead of a serializer's exception. Enums are read as text so that an unknown value gets its own message (GEN023).

internal sealed class ManifestJson
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public string? KindCode { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? Sample { get; set; }

    public string? Each { get; set; }

    public SchemaJson? Schema { get; set; }
}

internal sealed class SchemaJson
{
    public string? Title { get; set; }

    public List<SheetJson?>? Sheets { get; set; }
}

internal sealed class SheetJson
{
    public string? Name { get; set; }

    public string? Key { get; set; }

    public string? Shape { get; set; }

    public string? Table { get; set; }

    public string? Description { get; set; }

    public bool CarriedOver { get; set; }

    public List<FieldJson?>? Fields { get; set; }
}

internal sealed class FieldJson
{
    public string? Header { get; set; }

    public string? Key { get; set; }

    public string? Kind { get; set; }

    public double? Width { get; set; }

    public List<string?>? Choices { get; set; }

    public bool? OnlyChoices { get; set; }

    public bool Required { get; set; }

    public string? Hint { get; set; }

    public bool CarriedOver { get; set; }

    public bool InPeriod { get; set; }

    public string? Example { get; set; }
}
