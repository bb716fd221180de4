namespace LucBinh.Docs.Bench;

/// <summary>
/// The text of a tag in one engine's syntax. The two templates of a workload are built by the same code and differ
/// only in these strings: <c>{{ r.x }}</c> / <c>{% for r in rows %}</c> for ours, <c>{x}</c> / <c>{#rows}</c> for
/// docxtemplater (default <c>{</c> <c>}</c> delimiters, <c>paragraphLoop: true</c>).
/// </summary>
internal abstract class TemplateSyntax
{
    public static TemplateSyntax Liquid { get; } = new LiquidSyntax();

    public static TemplateSyntax Docxtemplater { get; } = new DocxtemplaterSyntax();

    public abstract string Engine { get; }

    /// <summary>A value: <paramref name="item"/> is the loop variable when inside a loop, null at top level.</summary>
    public abstract string Field(string? item, string name);

    public abstract string Open(string item, string list);

    public abstract string Close(string list);

    private sealed class LiquidSyntax : TemplateSyntax
    {
        public override string Engine => "ours";

        public override string Field(string? item, string name) => item is null ? $"{{{{ {name} }}}}" : $"{{{{ {item}.{name} }}}}";

        public override string Open(string item, string list) => $"{{% for {item} in {list} %}}";

        public override string Close(string list) => "{% endfor %}";
    }

    private sealed class DocxtemplaterSyntax : TemplateSyntax
    {
        public override string Engine => "docxtemplater";

        public override string Field(string? item, string name) => $"{{{name}}}";

        public override string Open(string item, string list) => $"{{#{list}}}";

        public override string Close(string list) => $"{{/{list}}}";
    }
}
