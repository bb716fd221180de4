namespace LucBinh.Docs.Templating.Syntax;

/// <summary>The Liquid tags a Word template may use, and how each one pairs.</summary>
internal static class TagCatalog
{
    private static readonly Dictionary<string, TagKind> Kinds = new(StringComparer.Ordinal)
    {
        ["if"] = TagKind.Open,
        ["unless"] = TagKind.Open,
        ["for"] = TagKind.Open,
        ["case"] = TagKind.Open,
        ["capture"] = TagKind.Open,
        ["elsif"] = TagKind.Middle,
        ["else"] = TagKind.Middle,
        ["when"] = TagKind.Middle,
        ["endif"] = TagKind.Close,
        ["endunless"] = TagKind.Close,
        ["endfor"] = TagKind.Close,
        ["endcase"] = TagKind.Close,
        ["endcapture"] = TagKind.Close,
        ["assign"] = TagKind.Statement,
        ["increment"] = TagKind.Statement,
        ["decrement"] = TagKind.Statement,
        ["cycle"] = TagKind.Statement,
        ["break"] = TagKind.Statement,
        ["continue"] = TagKind.Statement,
        ["echo"] = TagKind.Statement,
        ["pagebreak"] = TagKind.Statement,
        ["restart_numbering"] = TagKind.Statement,
        ["include"] = TagKind.Statement,
        ["raw"] = TagKind.Verbatim,
        ["endraw"] = TagKind.Verbatim,
        ["comment"] = TagKind.Verbatim,
        ["endcomment"] = TagKind.Verbatim,
    };

    private static readonly Dictionary<string, string> Closers = new(StringComparer.Ordinal)
    {
        ["if"] = "endif",
        ["unless"] = "endunless",
        ["for"] = "endfor",
        ["case"] = "endcase",
        ["capture"] = "endcapture",
        ["raw"] = "endraw",
        ["comment"] = "endcomment",
    };

    public static IEnumerable<string> Names => Kinds.Keys;

    public static bool TryGetKind(string name, out TagKind kind) => Kinds.TryGetValue(name, out kind);

    public static string CloserOf(string opener) => Closers[opener];

    public static bool IsVerbatimOpener(string name) => name is "raw" or "comment";

    /// <summary>Which openers a middle tag may divide.</summary>
    public static bool MiddleFits(string middle, string opener) => middle switch
    {
        "elsif" => opener is "if" or "unless",
        "else" => opener is "if" or "unless" or "for" or "case",
        "when" => opener is "case",
        _ => false,
    };
}
