using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using static LucBinh.Docs.TemplateBuilder.Wml;

namespace LucBinh.Docs.TemplateBuilder;

/// <summary>Style ids used by the template (the names Word shows are in <see cref="StylesBuilder"/>).</summary>
internal static class StyleIds
{
    public const string Normal = "Normal";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Heading3 = "Heading3";
    public const string Title = "Title";
    public const string Header = "Header";
    public const string DocumentHead = "DauVanBan";
    public const string Abstract = "TrichYeu";
    public const string AbstractRule = "DongKeTrichYeu";
    public const string TemplateCode = "LenhMau";
    public const string RecipientsHeading = "NoiNhanTieuDe";
    public const string Recipients = "NoiNhan";
    public const string Signature = "ChuKy";
    public const string BorderlessTable = "BangKhongVien";
}

/// <summary>Page geometry and body metrics (36-HD/VPTW, reported unchanged in 05-HD/VPTW).</summary>
internal static class Geometry
{
    public const int PageWidth = 11906;   // A4, 210 mm
    public const int PageHeight = 16838;  // A4, 297 mm
    public const int MarginTop = 1134;    // 20 mm
    public const int MarginBottom = 1134; // 20 mm
    public const int MarginLeft = 1701;   // 30 mm
    public const int MarginRight = 850;   // 15 mm
    public const int HeaderDistance = 567; // 10 mm from the top edge
    public const int FooterDistance = 567;
    public const int TextWidth = PageWidth - MarginLeft - MarginRight; // 9355

    public const int FirstLineIndent = 567; // 10 mm
    public const int SpaceAfter = 120;      // 6 pt
    public const int LineExact = 360;       // exactly 18 pt
}

/// <summary>Builds word/styles.xml: document defaults, Word's built-in styles the template uses, and its own styles.</summary>
internal static class StylesBuilder
{
    public static Styles Build() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                Fonts(),
                new FontSize { Val = "28" },
                new FontSizeComplexScript { Val = "28" },
                new Languages { Val = Language, EastAsia = Language, Bidi = "ar-SA" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))),

        // Word's defaults for each kind of style.
        ParagraphStyle(StyleIds.Normal, "Normal", basedOn: null, next: null, isDefault: true, priority: 0, qFormat: true,
            new StyleParagraphProperties(
                new SpacingBetweenLines { After = N(Geometry.SpaceAfter), Line = N(Geometry.LineExact), LineRule = LineSpacingRuleValues.Exact },
                new Indentation { FirstLine = N(Geometry.FirstLineIndent) },
                new Justification { Val = JustificationValues.Both }),
            new StyleRunProperties(Fonts(), new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" }, new Languages { Val = Language })),
        new Style(
            new StyleName { Val = "Default Paragraph Font" },
            new UIPriority { Val = 1 },
            new SemiHidden(),
            new UnhideWhenUsed())
        { Type = StyleValues.Character, StyleId = "DefaultParagraphFont", Default = true },
        new Style(
            new StyleName { Val = "Normal Table" },
            new UIPriority { Val = 99 },
            new SemiHidden(),
            new UnhideWhenUsed(),
            new StyleTableProperties(
                new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                CellMargins(108)))
        { Type = StyleValues.Table, StyleId = "TableNormal", Default = true },
        new Style(
            new StyleName { Val = "No List" },
            new UIPriority { Val = 99 },
            new SemiHidden(),
            new UnhideWhenUsed())
        { Type = StyleValues.Numbering, StyleId = "NoList", Default = true },

        // Headings: I. (bold upper case, no indent) → 1. (bold) → 1.1. (italic).
        ParagraphStyle(StyleIds.Heading1, "heading 1", StyleIds.Normal, StyleIds.Normal, false, 9, true,
            new StyleParagraphProperties(
                new KeepNext(),
                new KeepLines(),
                new SpacingBetweenLines { Before = N(Geometry.SpaceAfter) },
                new Indentation { FirstLine = "0" },
                new OutlineLevel { Val = 0 }),
            new StyleRunProperties(new Bold(), new BoldComplexScript())),
        ParagraphStyle(StyleIds.Heading2, "heading 2", StyleIds.Normal, StyleIds.Normal, false, 9, true,
            new StyleParagraphProperties(new KeepNext(), new KeepLines(), new OutlineLevel { Val = 1 }),
            new StyleRunProperties(new Bold(), new BoldComplexScript())),
        ParagraphStyle(StyleIds.Heading3, "heading 3", StyleIds.Normal, StyleIds.Normal, false, 9, true,
            new StyleParagraphProperties(new KeepNext(), new KeepLines(), new OutlineLevel { Val = 2 }),
            new StyleRunProperties(new Italic(), new ItalicComplexScript())),

        // Title block: BÁO CÁO (16, bold), trích yếu (14, bold), the "-----" line.
        ParagraphStyle(StyleIds.Title, "Title", StyleIds.Normal, StyleIds.Abstract, false, 10, true,
            new StyleParagraphProperties(
                new KeepNext(),
                new SpacingBetweenLines { Before = "240", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                new Indentation { FirstLine = "0" },
                new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(new Bold(), new BoldComplexScript(), new FontSize { Val = "32" }, new FontSizeComplexScript { Val = "32" })),
        ParagraphStyle(StyleIds.Abstract, "Trích yếu", StyleIds.Normal, StyleIds.AbstractRule, false, 11, true,
            new StyleParagraphProperties(
                new KeepNext(),
                new SpacingBetweenLines { After = "0" },
                new Indentation { FirstLine = "0" },
                new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(new Bold(), new BoldComplexScript())),
        ParagraphStyle(StyleIds.AbstractRule, "Dòng kẻ dưới trích yếu", StyleIds.Normal, StyleIds.Normal, false, 11, false,
            new StyleParagraphProperties(
                new SpacingBetweenLines { After = "240" },
                new Indentation { FirstLine = "0" },
                new Justification { Val = JustificationValues.Center }),
            null),

        // Header table (cấp trên, cơ quan ban hành, *, số; ĐẢNG CỘNG SẢN VIỆT NAM, địa danh ngày tháng).
        ParagraphStyle(StyleIds.DocumentHead, "Đầu văn bản", StyleIds.Normal, StyleIds.DocumentHead, false, 11, true,
            new StyleParagraphProperties(
                new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                new Indentation { FirstLine = "0" },
                new Justification { Val = JustificationValues.Center }),
            null),

        // Liquid lines that hold only tags: the engine removes them from the report.
        ParagraphStyle(StyleIds.TemplateCode, "Lệnh mẫu (Liquid)", StyleIds.Normal, StyleIds.Normal, false, 12, true,
            new StyleParagraphProperties(
                new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                new Indentation { FirstLine = "0" },
                new Justification { Val = JustificationValues.Left }),
            new StyleRunProperties(new Color { Val = "808080" }, new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" })),

        // Footer table: Nơi nhận (left), signature block (right). Per the Party format notes, "Nơi nhận:" is 14 pt
        // underlined but not bold, and the signer's title is upright, not bold; only the authority line and the name are bold.
        ParagraphStyle(StyleIds.RecipientsHeading, "Nơi nhận - tiêu đề", StyleIds.Normal, StyleIds.Recipients, false, 12, true,
            new StyleParagraphProperties(
                new SpacingBetweenLines { Before = "120", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                new Indentation { FirstLine = "0" },
                new Justification { Val = JustificationValues.Left }),
            new StyleRunProperties(new Underline { Val = UnderlineValues.Single })),
        ParagraphStyle(StyleIds.Recipients, "Nơi nhận", StyleIds.Normal, StyleIds.Recipients, false, 12, true,
            new StyleParagraphProperties(
                new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                new Indentation { FirstLine = "0" },
                new Justification { Val = JustificationValues.Left }),
            new StyleRunProperties(new FontSize { Val = "24" }, new FontSizeComplexScript { Val = "24" })),
        ParagraphStyle(StyleIds.Signature, "Chữ ký", StyleIds.Normal, StyleIds.Signature, false, 12, true,
            new StyleParagraphProperties(
                new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                new Indentation { FirstLine = "0" },
                new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties()),

        // Page header (page number from page 2 on).
        ParagraphStyle(StyleIds.Header, "header", StyleIds.Normal, null, false, 99, false,
            new StyleParagraphProperties(
                new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                new Indentation { FirstLine = "0" },
                new Justification { Val = JustificationValues.Center }),
            null),

        new Style(
            new StyleName { Val = "Bảng không viền" },
            new BasedOn { Val = "TableNormal" },
            new UIPriority { Val = 59 },
            new StyleTableProperties(
                new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                NoBorders(),
                ZeroCellMargins()))
        { Type = StyleValues.Table, StyleId = StyleIds.BorderlessTable });

    private static RunFonts Fonts() => new()
    {
        Ascii = FontName,
        HighAnsi = FontName,
        EastAsia = FontName,
        ComplexScript = FontName,
    };

    private static Style ParagraphStyle(
        string id,
        string name,
        string? basedOn,
        string? next,
        bool isDefault,
        int priority,
        bool qFormat,
        StyleParagraphProperties? pPr,
        StyleRunProperties? rPr)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }

        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        if (next is not null)
        {
            style.Append(new NextParagraphStyle { Val = next });
        }

        if (priority > 0)
        {
            style.Append(new UIPriority { Val = priority });
        }

        if (qFormat)
        {
            style.Append(new PrimaryStyle());
        }

        var children = new List<OpenXmlElement>();
        if (pPr is not null)
        {
            children.Add(pPr);
        }

        if (rPr is not null)
        {
            children.Add(rPr);
        }

        style.Append(children);
        return style;
    }
}
