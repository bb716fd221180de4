using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LucBinh.Docs.Data;
using LucBinh.Docs.TestSupport;
using static LucBinh.Docs.Templating.Tests.TemplateTestKit;
using static LucBinh.Docs.TestSupport.WordFixture;

namespace LucBinh.Docs.Templating.Tests;

/// <summary>
/// Data is never markup (issue 11): tracker text that holds WordprocessingML, the engine's old marker characters
/// (U+E010/U+E011) or both, whatever filter it goes through, comes out as the same text and adds no run, field or colour.
/// Each case renders the template twice, with harmless text and with the hostile text, and compares what the Open XML
/// SDK finds in the two documents.
/// </summary>
[TestClass]
public sealed class MarkupInjectionTests
{
    private const string Markup = "</w:t></w:r><w:r><w:rPr><w:color w:val=\"FF0000\"/></w:rPr><w:t>x";
    private const string Field = "</w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> HYPERLINK \"http://evil\" </w:instrText></w:r><w:r><w:t>y";

    /// <summary>Each way a tag can hand data to the output, with how the data is prepared for it.</summary>
    public static IEnumerable<object[]> Paths =>
    [
        ["{{ t }}", "plain"],
        ["{{ t }}", "markers"],
        ["{{ t | raw }}", "markers"],
        ["{{ t | escape }}", "plain"],
        ["{{ t | escape | raw }}", "plain"],
        ["{{ t | strip | escape_once }}", "plain"],
        ["{{ t | escape_once | raw }}", "entities"],
        ["{{ t | url_decode }}", "percent"],
        ["{{ t | url_decode | raw }}", "percent"],
        ["{{ t | base64_decode }}", "base64"],
        ["{{ t | base64_decode | raw }}", "base64"],
        ["{{ t | base64_decode | strip | capitalize }}", "base64"],
        ["{{ t | split: \"|\" }}", "plain"],
        ["{{ t | url_decode | split: \"|\" }}", "percent"],
        ["{{ t | append: \"\" | raw }}", "markers"],
        ["{{ t | replace: \"&lt;\", \"<\" | replace: \"&gt;\", \">\" }}", "entities"],
        ["{{ t | strip_html }}{{ t | url_decode | strip_html | raw }}", "percent"],
        ["{% capture c %}{{ t }}{% endcapture %}{{ c | replace: \"&lt;\", \"<\" | replace: \"&gt;\", \">\" | raw }}", "plain"],
        ["{% capture c %}{{ t | url_decode }}{% endcapture %}{{ c }}{{ c | raw }}", "percent"],
        ["x{% echo t | raw %}", "plain"],
        ["x{% cycle t, t %}", "markers"],
        ["{{ t | hyperlink }}", "plain"],
        ["{{ \"https://example.org\" | hyperlink: t }}", "plain"],
        ["{{ t | vmerge }}", "markers"],
        ["{{ t | default: \"x\" | raw }}", "markers"],
    ];

    [TestMethod]
    [DynamicData(nameof(Paths))]
    public void Tracker_text_stays_text_in_the_body(string tag, string preparation)
    {
        AssertSameShape(body => Create(P(body)), tag, preparation);
    }

    [TestMethod]
    [DynamicData(nameof(Paths))]
    public void Tracker_text_stays_text_in_a_table_cell(string tag, string preparation)
    {
        AssertSameShape(body => Create(Table([P("a"), P(body)])), tag, preparation);
    }

    [TestMethod]
    [DataRow("{{ t }}", "markers")]
    [DataRow("{{ t | raw }}", "markers")]
    [DataRow("{{ t | url_decode | raw }}", "percent")]
    [DataRow("{{ t | base64_decode }}", "base64")]
    [DataRow("{{ t | hyperlink }}", "plain")]
    public void Tracker_text_stays_text_in_a_header_and_a_footer(string tag, string preparation)
    {
        AssertSameShape(body => Create(P("thân"), headerXml: P(body), footerXml: P(body)), tag, preparation);
    }

    [TestMethod]
    [DataRow("{{ t }}", "markers")]
    [DataRow("{{ t | raw }}", "plain")]
    [DataRow("{{ t | url_decode }}", "percent")]
    public void Tracker_text_stays_text_inside_a_hyperlink_of_the_template(string tag, string preparation)
    {
        AssertSameShape(
            body => Create($"<w:p><w:hyperlink w:anchor=\"muc1\"><w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/></w:rPr><w:t xml:space=\"preserve\">{Escape(body)}</w:t></w:r></w:hyperlink></w:p>"),
            tag,
            preparation);
    }

    [TestMethod]
    public void A_hostile_image_value_in_alt_text_leaves_the_placeholder_and_adds_nothing()
    {
        var template = DocxTemplate.Load(CreateWithPicture("<w:p>PICTURE</w:p>", TestImages.Png(2, 2), "{{ t | url_decode | raw }}"), "t.docx");

        var result = template.Render(Record(("t", Prepare(Markup, "percent"))));

        AssertValid(result.Document);
        var counts = Shape(result.Document);
        Assert.AreEqual(0, counts.Colours);
        Assert.AreEqual(0, counts.Fields);
        Assert.AreEqual(1, counts.Runs, "only the picture's run");
        Assert.IsTrue(result.Diagnostics.Any(d => d.Code is "TPL015" or "TPL016"), "not an image: the placeholder stays, with a warning");
    }

    [TestMethod]
    public void The_engine_marker_characters_never_reach_the_document()
    {
        var docx = Render(P("{{ t }}{{ t | url_decode }}"), Record(("t", "a\uE010b\uE011c%EE%80%90d")));

        var text = WordText.Body(docx);
        Assert.AreEqual("abc%EE%80%90dabcd", text);
    }

    [TestMethod]
    public void Hyperlinks_and_merges_our_filters_make_still_work()
    {
        var docx = Render(
            P("{{ u | hyperlink: \"xem\" }}") + Table([P("{% for r in rows %}{{ r | vmerge }}")], [P("{% endfor %}")]),
            Record(("u", "https://example.org/a"), ("rows", Items("A", "A", "B"))));

        var counts = Shape(docx);
        Assert.AreEqual(3, counts.Fields, "one HYPERLINK field: begin, separate, end");
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.AreEqual(3, document.MainDocumentPart!.Document.Descendants<VerticalMerge>().Count(), "three cells merged as A, A, B");
    }

    [TestMethod]
    public void A_capture_keeps_its_markup_and_gives_filters_its_text()
    {
        var docx = Render(
            P("{% capture c %}{{ u | hyperlink: \"xem\" }} & {{ t }}{% endcapture %}{{ c }}|{{ c | upcase }}"),
            Record(("u", "https://example.org/a"), ("t", "<b>")));

        Assert.AreEqual("xem & <b>|XEM & <B>", WordText.Body(docx));
        Assert.AreEqual(3, Shape(docx).Fields, "the captured hyperlink is written once as a field, its upper-cased text as text");
    }

    /// <summary>The hostile render has the text literally and the same runs, fields and colours as the harmless one.</summary>
    private static void AssertSameShape(Func<string, byte[]> template, string tag, string preparation)
    {
        foreach (var hostile in new[] { Markup, Field, "\uE010" + Markup + "\uE011", "\uE010" + Field + "\uE011" })
        {
            var loaded = DocxTemplate.Load(template(tag), "t.docx");
            Assert.IsFalse(loaded.HasErrors, string.Join("\n", loaded.Diagnostics.Select(d => d.ToDisplayString())));
            var harmless = loaded.Render(Record(("t", Prepare("vô hại", preparation)))).Document;
            var attacked = loaded.Render(Record(("t", Prepare(hostile, preparation)))).Document;

            AssertValid(attacked);
            Assert.AreEqual(Shape(harmless), Shape(attacked), $"{tag} with {preparation} data added markup");
            if (!tag.Contains("strip_html", StringComparison.Ordinal))
            {
                var telltale = hostile.Contains("w:color", StringComparison.Ordinal) ? "<w:color w:val=\"FF0000\"/>" : "<w:fldChar w:fldCharType=\"begin\"/>";
                Assert.Contains(telltale, AllText(attacked), $"{tag}: the markup is shown as text");
            }
        }
    }

    /// <summary>How the hostile text is stored in the tracker for the filter the tag applies.</summary>
    private static string Prepare(string text, string preparation) => preparation switch
    {
        "plain" => text.Replace("\uE010", string.Empty, StringComparison.Ordinal).Replace("\uE011", string.Empty, StringComparison.Ordinal),
        "markers" => text,
        "entities" => Escape(text),
        "percent" => Uri.EscapeDataString(text),
        "base64" => Convert.ToBase64String(Encoding.UTF8.GetBytes(text)),
        _ => throw new ArgumentOutOfRangeException(nameof(preparation)),
    };

    private sealed record Counts(int Runs, int Fields, int Colours, int Instructions);

    private static Counts Shape(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var roots = new List<DocumentFormat.OpenXml.OpenXmlElement> { document.MainDocumentPart!.Document };
        roots.AddRange(document.MainDocumentPart.HeaderParts.Select(h => (DocumentFormat.OpenXml.OpenXmlElement)h.Header));
        roots.AddRange(document.MainDocumentPart.FooterParts.Select(f => (DocumentFormat.OpenXml.OpenXmlElement)f.Footer));
        return new Counts(
            roots.Sum(r => r.Descendants<Run>().Count()),
            roots.Sum(r => r.Descendants<FieldChar>().Count()),
            roots.Sum(r => r.Descendants<Color>().Count()),
            roots.Sum(r => r.Descendants<FieldCode>().Count()));
    }

    private static string AllText(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var parts = new List<DocumentFormat.OpenXml.OpenXmlElement> { document.MainDocumentPart!.Document };
        parts.AddRange(document.MainDocumentPart.HeaderParts.Select(h => (DocumentFormat.OpenXml.OpenXmlElement)h.Header));
        return string.Concat(parts.SelectMany(p => p.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>()).Select(t => t.Text));
    }
}
