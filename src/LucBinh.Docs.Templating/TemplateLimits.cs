namespace LucBinh.Docs.Templating;

/// <summary>
/// How much work one template and one render may cost (issue 11): a template from the network may be built to exhaust
/// memory or CPU. <see cref="Default"/> is the command line's; <see cref="Server"/> the web host's, stricter.
/// Each limit that is passed gives an error naming the part and paragraph (or the filter) and the limit.
/// </summary>
public sealed record TemplateLimits
{
    /// <summary>All parts of the template package together, unpacked (declared, and checked again while inflating).</summary>
    public long MaxUnpackedBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>One part of the template package, unpacked.</summary>
    public long MaxPartBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Entries in the template package.</summary>
    public int MaxEntries { get; init; } = 10_000;

    /// <summary>Unpacked size ÷ packed size of one entry (checked for entries above 1 MB unpacked); XML deflates ~10×.</summary>
    public int MaxCompressionRatio { get; init; } = 1_000;

    /// <summary>How deeply the elements of one part may nest (Word's own parts stay under ~40).</summary>
    public int MaxXmlDepth { get; init; } = 1_000;

    /// <summary>Elements in one part of the template.</summary>
    public int MaxXmlElements { get; init; } = 5_000_000;

    /// <summary>The rendered document's parts together, in bytes before compression.</summary>
    public long MaxOutputBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Items of a range <c>(a..b)</c>, whether written in the template or computed from data.</summary>
    public int MaxRangeLength { get; init; } = 1_000_000;

    /// <summary>Items of a list a filter builds (<c>concat</c>, <c>split</c>…).</summary>
    public int MaxListLength { get; init; } = 1_000_000;

    /// <summary>Characters of a text a filter or a <c>capture</c> block builds.</summary>
    public int MaxStringLength { get; init; } = 10_000_000;

    /// <summary>Liquid statements one part may execute (Fluid's MaxSteps): every loop turn, text and output counts one.</summary>
    public int MaxSteps { get; init; } = 10_000_000;

    /// <summary>How deeply blocks (<c>if</c>, <c>for</c>…) may nest (Fluid's MaxRecursion).</summary>
    public int MaxRecursion { get; init; } = 100;

    /// <summary>
    /// Filters, operators and brackets in one tag (a bracket counts 8): Fluid parses and renders a tag recursively, and
    /// thousands of them overflow the stack. Checked before the tag is parsed; an ordinary tag scores under 20.
    /// </summary>
    public int MaxTagComplexity { get; init; } = 200;

    /// <summary>Bytes of one image placed from data.</summary>
    public int MaxImageBytes { get; init; } = 20 * 1024 * 1024;

    /// <summary>Width × height, in pixels, of one image placed from data.</summary>
    public long MaxImagePixels { get; init; } = 200_000_000;

    /// <summary>
    /// Include tags expanded in one template, nested ones counted (issue 13): a block included by every block of a
    /// ten-level chain would otherwise multiply. Each block's package is held to the limits above before it is parsed.
    /// </summary>
    public int MaxIncludes { get; init; } = 200;

    /// <summary>How deeply blocks may include blocks (the template's own include tags are depth 1).</summary>
    public int MaxIncludeDepth { get; init; } = 8;

    /// <summary>The limits of the command line.</summary>
    public static TemplateLimits Default { get; } = new();

    /// <summary>The web host's limits: stricter, one process serves everybody.</summary>
    public static TemplateLimits Server { get; } = new()
    {
        MaxUnpackedBytes = 128L * 1024 * 1024,
        MaxPartBytes = 64L * 1024 * 1024,
        MaxEntries = 2_000,
        MaxCompressionRatio = 250,
        MaxXmlDepth = 256,
        MaxXmlElements = 1_000_000,
        MaxOutputBytes = 128L * 1024 * 1024,
        MaxRangeLength = 100_000,
        MaxListLength = 200_000,
        MaxStringLength = 2_000_000,
        MaxSteps = 5_000_000,
        MaxRecursion = 64,
        MaxTagComplexity = 100,
        MaxImageBytes = 10 * 1024 * 1024,
        MaxImagePixels = 50_000_000,
        MaxIncludes = 50,
        MaxIncludeDepth = 4,
    };
}
