namespace LucBinh.Docs.Generation.Catalogue;

/// <summary>
/// What a template's manifest, and a folder of templates, may cost. A manifest is a few kilobytes written by a person;
/// anything far beyond is refused before it is parsed (the size from the file system, the counts by one streaming pass
/// that builds nothing).
/// </summary>
public sealed record ManifestLimits
{
    /// <summary>The command line's and the web host's limits (a manifest is the same small file for both).</summary>
    public static ManifestLimits Default { get; } = new();

    /// <summary>The manifest's size in bytes (GEN020).</summary>
    public long MaxBytes { get; init; } = 1024 * 1024;

    /// <summary>Sheets in one schema (GEN021).</summary>
    public int MaxSheets { get; init; } = 100;

    /// <summary>Columns (or information rows) in one sheet (GEN021).</summary>
    public int MaxFieldsPerSheet { get; init; } = 300;

    /// <summary>Values of one drop-down list, and items of any other array (GEN021).</summary>
    public int MaxArrayItems { get; init; } = 500;

    /// <summary>Nesting of objects and arrays (GEN021); the format itself needs 6.</summary>
    public int MaxDepth { get; init; } = 16;

    /// <summary>Bytes of one string value (a description, a hint), GEN021.</summary>
    public int MaxStringBytes { get; init; } = 8 * 1024;

    /// <summary>Templates listed from one folder (GEN021); the rest are not read.</summary>
    public int MaxTemplates { get; init; } = 500;
}
