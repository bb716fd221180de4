using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using static LucBinh.Docs.TemplateBuilder.Content;
using static LucBinh.Docs.TemplateBuilder.Wml;

namespace LucBinh.Docs.TemplateBuilder.Catalogue;

/// <summary>What the templates of the catalogue share beyond the blocks: the frame, the "Kính gửi:" lines.</summary>
internal static class CatalogueFrame
{
    public const string ShortInfo = "{% assign ttc = thong_tin_chung %}";

    /// <summary>Header block, the short name <c>ttc</c>, the kind's own elements, then the closing block.</summary>
    public static IEnumerable<OpenXmlElement> Document(IEnumerable<OpenXmlElement> content, Block closing)
    {
        foreach (var element in Blocks.Include(Blocks.Header))
        {
            yield return element;
        }

        yield return Code(ShortInfo);
        foreach (var element in content)
        {
            yield return element;
        }

        foreach (var element in Blocks.Include(closing))
        {
            yield return element;
        }
    }

    /// <summary>
    /// "Kính gửi: X" on one centred line for one recipient; otherwise "Kính gửi:" then, after a tab, one "- X;" line per
    /// recipient aligned under the first (list <c>kinh_gui</c>, column <c>co_quan_don_vi</c>).
    /// </summary>
    public static IEnumerable<OpenXmlElement> Addressees()
    {
        yield return Code("{% if kinh_gui.size == 1 %}");
        yield return Spaced(Centred("Kính gửi: {{ kinh_gui[0].co_quan_don_vi }}"), before: 120, after: 120);
        yield return Code("{% else %}");
        yield return Code("{% for kg in kinh_gui %}");

        // A hanging indent: the line starts at 25 mm, its tab (the hanging indent's stop) reaches 50 mm, where every
        // recipient starts, the first one after "Kính gửi:".
        var line = P(
            StyleIds.Normal,
            Run("{% if forloop.first %}Kính gửi:{% endif %}"),
            new Run(RunProps(default), new TabChar()),
            Run("- {{ kg.co_quan_don_vi }}{% if forloop.last %}.{% else %};{% endif %}"));
        line.ParagraphProperties!.Append(
            new SpacingBetweenLines { Before = "0", After = "60" },
            new Indentation { Left = "2835", Hanging = "1417" },
            new Justification { Val = JustificationValues.Left });
        yield return line;
        yield return Code("{% endfor %}");
        yield return Code("{% endif %}");
    }

    public static Paragraph Centred(string text, Fmt fmt = default)
    {
        var p = P(StyleIds.Normal, text, fmt);
        p.ParagraphProperties!.Append(new Indentation { FirstLine = "0" }, new Justification { Val = JustificationValues.Center });
        return p;
    }

    /// <summary>Sets the spacing before and after (it goes before ind and jc, as the schema orders them).</summary>
    public static Paragraph Spaced(Paragraph p, int before, int after)
    {
        p.ParagraphProperties!.InsertAfter(new SpacingBetweenLines { Before = N(before), After = N(after) }, p.ParagraphProperties.ParagraphStyleId);
        return p;
    }
}
