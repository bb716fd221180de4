namespace LucBinh.Docs.TestSupport.Hostile;

/// <summary>What a hostile case attacks: the tracker reader, the template engine, or both together.</summary>
public enum HostileTarget
{
    Tracker,
    Template,
    Both,
}

/// <summary>
/// One hostile input of issue 11: a workbook and/or a template built in code (the other side is the bundled sample),
/// with a one-line description of what it attacks. Bytes are built once per process and cached.
/// </summary>
public sealed class HostileCase(string name, HostileTarget target, string attack, Func<byte[]>? workbook, Func<byte[]>? template)
{
    private readonly Lazy<byte[]?> _workbook = new(() => workbook?.Invoke());
    private readonly Lazy<byte[]?> _template = new(() => template?.Invoke());

    public string Name { get; } = name;

    public HostileTarget Target { get; } = target;

    public string Attack { get; } = attack;

    /// <summary>The hostile workbook, or null when the case uses the sample tracker.</summary>
    public byte[]? Workbook => _workbook.Value;

    /// <summary>The hostile template, or null when the case uses the sample template.</summary>
    public byte[]? Template => _template.Value;

    public bool HasWorkbook => workbook is not null;

    public bool HasTemplate => template is not null;

    /// <summary>The file name of the workbook as uploaded or written (a staff-like name).</summary>
    public string WorkbookFileName => Name + ".xlsx";

    /// <summary>The template's id (file name without .docx) in a templates folder.</summary>
    public string TemplateId => "hostile-" + Name;

    /// <summary>Writes the case's files into <paramref name="folder"/>: (tracker path, template path), the sample's where the case has none.</summary>
    public (string Tracker, string Template) WriteTo(string folder)
    {
        var tracker = RepoPaths.SampleTracker;
        var templatePath = RepoPaths.ReportTemplate;
        if (Workbook is { } w)
        {
            tracker = Path.Combine(folder, WorkbookFileName);
            File.WriteAllBytes(tracker, w);
        }

        if (Template is { } t)
        {
            templatePath = Path.Combine(folder, TemplateId + ".docx");
            File.WriteAllBytes(templatePath, t);
        }

        return (tracker, templatePath);
    }

    public override string ToString() => Name;
}

/// <summary>The catalog of hostile inputs: the cases of issue 11 and their neighbours (deeper, more, longer, packed).</summary>
public static class HostileCases
{
    public static IReadOnlyList<HostileCase> All { get; } =
    [
        Tracker("formula-chain-100k", "100,000 uncached formulas chained downwards, each the cell below + 1 (stack overflow in recursive evaluation)", () => HostileWorkbooks.FormulaChain(100_000)),
        Tracker("formula-chain-1m", "1,000,000 uncached formulas chained downwards (deeper neighbour)", () => HostileWorkbooks.FormulaChain(1_000_000)),
        Tracker("formula-chain-upward-1m", "1,000,000 uncached formulas each referring to the cell above (order neighbour)", () => HostileWorkbooks.FormulaChain(1_000_000, upward: true)),
        Tracker("formula-chain-cross-sheet", "a 200,000-deep formula chain hopping across 4 sheets", () => HostileWorkbooks.CrossSheetChain(4, 50_000)),
        Tracker("formula-fan-out", "20,000 uncached SUMs each over 20,000 cells (quadratic evaluation)", () => HostileWorkbooks.FormulaFanOut(20_000)),
        Tracker("shared-strings-amplified", "four 100 KB shared strings referenced by 100,000 cells and used as headers (POI poc-shared-strings)", () => HostileWorkbooks.SharedStringsAmplified()),
        Tracker("shared-strings-1mb", "four 1 MB shared strings referenced by 20,000 cells (longer neighbour)", () => HostileWorkbooks.SharedStringsAmplified(1_000_000, 4, 20_000)),
        Tracker("merge-bomb", "a table declaring 1,000,000 rows with one 100,000-row vertical merge repeated 20,000 times", () => HostileWorkbooks.MergeBomb()),
        Tracker("merge-bomb-overlapping", "20,000 distinct overlapping vertical merges over a 1,000,000-row table", () => HostileWorkbooks.MergeBomb(overlapping: true)),
        Tracker("cell-flood", "3,000,000 small numeric cells in 1,500,000 rows (cell and row limits)", () => HostileWorkbooks.CellFlood()),
        Tracker("zip-bomb-workbook-part", "an unreferenced part of 1 GiB of zeros in a small workbook", () => HostileWorkbooks.ZipBombPart()),
        Tracker("zip-bomb-workbook-sheet", "a worksheet padded with 1 GiB of whitespace", () => HostileWorkbooks.ZipBombSheet()),
        Template("range-100m", "{% for i in (1..100000000) %}{% endfor %}: the range built before steps are counted", () => HostileTemplates.HugeRange()),
        Template("range-from-variable", "the same range with its bound in a variable (no literal to check at compile time)", () => HostileTemplates.HugeRangeFromVariable()),
        Template("append-doubling", "a string doubled with append 40 times (2^41 characters)", () => HostileTemplates.AppendDoubling()),
        Template("capture-doubling", "a string doubled with capture 40 times", () => HostileTemplates.CaptureDoubling()),
        Template("nested-loops", "three nested loops of (1..1000): a billion iterations", () => HostileTemplates.NestedLoops()),
        Template("huge-output", "a loop writing 1 GB of text into one paragraph", () => HostileTemplates.HugeOutput()),
        Template("huge-paragraph-loop", "a block loop repeating a paragraph 5,000,000 times", () => HostileTemplates.HugeParagraphLoop()),
        Template("huge-pad", "pad asked for a width of 1,000,000,000", () => HostileTemplates.HugePad()),
        Template("zip-bomb-template-part", "a template with an unreferenced part of 1 GiB of zeros", () => HostileTemplates.ZipBombPart()),
        Template("zip-bomb-template-document", "a template whose document part is padded with 1 GiB of whitespace", () => HostileTemplates.ZipBombDocument()),
        Both("bmp-data-uri", "a picture filled from a BMP data URI declaring int.MinValue × int.MinValue pixels", () => HostileWorkbooks.BmpDataUri(), HostileTemplates.ImageFromData),
        Both("markup-injection", "tracker text carrying WordprocessingML through raw, url_decode and base64_decode", HostileWorkbooks.MarkupInjection, HostileTemplates.MarkupInjection),
    ];

    public static HostileCase Named(string name) => All.Single(c => c.Name == name);

    private static HostileCase Tracker(string name, string attack, Func<byte[]> workbook) => new(name, HostileTarget.Tracker, attack, workbook, null);

    private static HostileCase Template(string name, string attack, Func<byte[]> template) => new(name, HostileTarget.Template, attack, null, template);

    private static HostileCase Both(string name, string attack, Func<byte[]> workbook, Func<byte[]> template) => new(name, HostileTarget.Both, attack, workbook, template);
}
