namespace LucBinh.Docs.Templating.Packaging;

/// <summary>
/// One entry of a zip package as its central directory describes it, with where its stored (usually deflated) data
/// lies in the package bytes, so an untouched entry can be copied to the output without inflating it.
/// </summary>
internal sealed record PackageEntry(string Name, EntryData Data);
