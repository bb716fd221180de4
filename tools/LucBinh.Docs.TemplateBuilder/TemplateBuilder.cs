using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.ExtendedProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static LucBinh.Docs.TemplateBuilder.Wml;

namespace LucBinh.Docs.TemplateBuilder;

/// <summary>Assembles the package: main document, styles, settings, font table, headers and document properties.</summary>
internal static class TemplateBuilder
{
    public const string Title = "Báo cáo kết quả thực hiện công tác phối hợp trong việc thực thi pháp luật, triển khai kế hoạch phát triển kinh tế - xã hội, giải quyết các vấn đề nổi cộm, Nhân dân quan tâm";

    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string CoreContentType = "application/vnd.openxmlformats-package.core-properties+xml";
    private const string ExtendedContentType = "application/vnd.openxmlformats-officedocument.extended-properties+xml";

    /// <summary>All zip entries get this time stamp so that the same content gives the same bytes.</summary>
    private static readonly DateTimeOffset FixedTimestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Builds one document of the catalogue (a template or a shared block) with the common package parts.</summary>
    public static byte[] Build(DocumentSpec spec)
    {
        using var raw = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(raw, WordprocessingDocumentType.Document, autoSave: true))
        {
            var main = doc.AddNewPart<MainDocumentPart>(MainContentType, "rId1");
            var core = doc.AddNewPart<CoreFilePropertiesPart>(CoreContentType, "rId2");
            var app = doc.AddNewPart<ExtendedFilePropertiesPart>(ExtendedContentType, "rId3");

            main.AddNewPart<StyleDefinitionsPart>("rId1").Styles = StylesBuilder.Build();
            main.AddNewPart<DocumentSettingsPart>("rId2").Settings = BuildSettings();
            main.AddNewPart<FontTablePart>("rId3").Fonts = BuildFontTable();
            var defaultHeader = main.AddNewPart<HeaderPart>("rId4");
            defaultHeader.Header = PageNumberHeader();
            var firstHeader = main.AddNewPart<HeaderPart>("rId5");
            firstHeader.Header = new Header(Empty(StyleIds.Header));
            AddNamespaces(defaultHeader.Header);
            AddNamespaces(firstHeader.Header);

            var body = new Body(spec.Body());
            body.Append(SectionProperties("rId4", "rId5"));
            main.Document = new Document(body);
            AddNamespaces(main.Document);

            WriteXml(core, CoreProperties(spec));
            app.Properties = new Properties(
                new Template("Normal.dotm"),
                new Application("LucBinh.Docs.TemplateBuilder"),
                new DocumentSecurity("0"),
                new ScaleCrop("false"),
                new Company("LucBinh.Docs"),
                new LinksUpToDate("false"),
                new SharedDocument("false"),
                new HyperlinksChanged("false"));
        }

        return Normalise(raw.ToArray());
    }

    private static Settings BuildSettings() => new(
        new Zoom { Percent = "100" },
        new DefaultTabStop { Val = 720 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new Compatibility(
            CompatSetting("compatibilityMode", "15"),
            CompatSetting("overrideTableStyleFontSizeAndJustification", "1"),
            CompatSetting("enableOpenTypeFeatures", "1"),
            CompatSetting("doNotFlipMirrorIndents", "1"),
            CompatSetting("differentiateMultirowTableHeaders", "1")),
        new ThemeFontLanguages { Val = Language },
        new DecimalSymbol { Val = "," },
        new ListSeparator { Val = ";" });

    private static CompatibilitySetting CompatSetting(string name, string value) => new()
    {
        Name = new EnumValue<CompatSettingNameValues>(Enum.Parse<CompatSettingNameValues>(ToPascal(name))),
        Uri = "http://schemas.microsoft.com/office/word",
        Val = value,
    };

    private static string ToPascal(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    private static Fonts BuildFontTable() => new(
        new Font(
            new Panose1Number { Val = "02020603050405020304" },
            new FontCharSet { Val = "00" },
            new FontFamily { Val = FontFamilyValues.Roman },
            new Pitch { Val = FontPitchValues.Variable },
            new FontSignature
            {
                UnicodeSignature0 = "E0002EFF",
                UnicodeSignature1 = "C000785B",
                UnicodeSignature2 = "00000009",
                UnicodeSignature3 = "00000000",
                CodePageSignature0 = "000001FF",
                CodePageSignature1 = "00000000",
            })
        { Name = FontName });

    /// <summary>The default header: a centred PAGE field (page 1 uses the empty first-page header).</summary>
    private static Header PageNumberHeader()
    {
        var rPr = () => RunProps(default);
        return new Header(P(
            StyleIds.Header,
            new Run(rPr(), new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(rPr(), new FieldCode(" PAGE   \\* MERGEFORMAT ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(rPr(), new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(rPr(), new Text("2")),
            new Run(rPr(), new FieldChar { FieldCharType = FieldCharValues.End })));
    }

    private static SectionProperties SectionProperties(string defaultHeaderId, string firstHeaderId) => new(
        new HeaderReference { Type = HeaderFooterValues.Default, Id = defaultHeaderId },
        new HeaderReference { Type = HeaderFooterValues.First, Id = firstHeaderId },
        new PageSize { Width = (uint)Geometry.PageWidth, Height = (uint)Geometry.PageHeight },
        new PageMargin
        {
            Top = Geometry.MarginTop,
            Right = (uint)Geometry.MarginRight,
            Bottom = Geometry.MarginBottom,
            Left = (uint)Geometry.MarginLeft,
            Header = (uint)Geometry.HeaderDistance,
            Footer = (uint)Geometry.FooterDistance,
            Gutter = 0U,
        },
        new Columns { Space = "720" },
        new TitlePage(),
        new DocGrid { LinePitch = 360 });

    private static void AddNamespaces(OpenXmlPartRootElement root)
    {
        root.AddNamespaceDeclaration("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
        root.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
    }

    private static string CoreProperties(DocumentSpec spec)
    {
        static string E(string s) => System.Security.SecurityElement.Escape(s);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
            + " xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + $"<dc:title>{E(spec.Title)}</dc:title>"
            + $"<dc:subject>{E(spec.Subject)}</dc:subject>"
            + "<dc:creator>LucBinh.Docs</dc:creator>"
            + $"<cp:keywords>{E(spec.Keywords)}</cp:keywords>"
            + $"<dc:description>{E("Sinh bởi tools/LucBinh.Docs.TemplateBuilder. Các dòng chữ xám nhỏ là lệnh Liquid, không in ra báo cáo.")}</dc:description>"
            + "<dc:language>vi-VN</dc:language>"
            + "</cp:coreProperties>";
    }

    private static void WriteXml(OpenXmlPart part, string xml)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(xml);
        stream.Write(bytes);
    }

    /// <summary>
    /// Rewrites the zip that System.IO.Packaging produced the way Word lays it out: [Content_Types].xml first (with
    /// "xml" defaulting to application/xml and an override for every part), then _rels/.rels, then the parts in the
    /// order they were written, every entry with a fixed time stamp, so that two runs give the same bytes.
    /// </summary>
    internal static byte[] Normalise(byte[] package)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        const string ContentTypes = "[Content_Types].xml";
        const string PackageRels = "_rels/.rels";
        var order = input.Entries
            .OrderBy(e => e.FullName switch { ContentTypes => 0, PackageRels => 1, _ => 2 })
            .ToList();

        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in order)
            {
                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedTimestamp;
                using var from = entry.Open();
                using var to = copy.Open();
                if (entry.FullName == ContentTypes)
                {
                    var xml = WordLikeContentTypes(XDocument.Load(from), input.Entries.Select(e => e.FullName));
                    using var writer = XmlWriter.Create(to, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
                    xml.Save(writer);
                }
                else
                {
                    from.CopyTo(to);
                }
            }
        }

        return output.ToArray();
    }

    /// <summary>Makes "xml" default to application/xml and gives each part that relied on the default an override.</summary>
    private static XDocument WordLikeContentTypes(XDocument types, IEnumerable<string> entries)
    {
        XNamespace ct = "http://schemas.openxmlformats.org/package/2006/content-types";
        var root = types.Root!;
        var xmlDefault = root.Elements(ct + "Default")
            .FirstOrDefault(d => string.Equals((string?)d.Attribute("Extension"), "xml", StringComparison.OrdinalIgnoreCase));
        const string PlainXml = "application/xml";
        if (xmlDefault is null || (string?)xmlDefault.Attribute("ContentType") == PlainXml)
        {
            return types;
        }

        var inherited = (string)xmlDefault.Attribute("ContentType")!;
        xmlDefault.SetAttributeValue("ContentType", PlainXml);
        var overridden = root.Elements(ct + "Override")
            .Select(o => (string?)o.Attribute("PartName"))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var firstOverride = root.Elements(ct + "Override").FirstOrDefault();
        foreach (var name in entries.Select(e => "/" + e))
        {
            if (name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && name != "/[Content_Types].xml" && !overridden.Contains(name))
            {
                var element = new XElement(ct + "Override", new XAttribute("PartName", name), new XAttribute("ContentType", inherited));
                if (firstOverride is null)
                {
                    root.Add(element);
                }
                else
                {
                    firstOverride.AddBeforeSelf(element);
                }
            }
        }

        return types;
    }
}
