using LucBinh.Docs.Templating.Syntax;

namespace LucBinh.Docs.Templating.Parsing;

/// <summary>A paired block: its opening tag, the tags dividing it (<c>elsif</c>, <c>else</c>, <c>when</c>) and its closing tag.</summary>
internal sealed class TemplateBlock(TemplateTag open)
{
    public TemplateTag Open { get; } = open;

    public List<TemplateTag> Middles { get; } = [];

    public TemplateTag? Close { get; set; }

    public IEnumerable<TemplateTag> Tags
    {
        get
        {
            yield return Open;
            foreach (var middle in Middles)
            {
                yield return middle;
            }

            if (Close is not null)
            {
                yield return Close;
            }
        }
    }
}
