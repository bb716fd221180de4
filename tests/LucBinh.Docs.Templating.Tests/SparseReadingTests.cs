using System.IO.Compression;
using System.Text;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.TestSupport;
using static LucBinh.Docs.Templating.Tests.TemplateTestKit;
using static LucBinh.Docs.TestSupport.WordFixture;

namespace LucBinh.Docs.Templating.Tests;

/// <summary>
/// Load builds the XML tree only where a tag can be; everything else is copied as the template wrote it. These tests
/// pin what that must not change: the output, paragraph and table numbers in messages, the refusal of broken XML.
/// </summary>
[TestClass]
public sealed class SparseReadingTests
{
    /// <summary>Fixed text as Word writes it (no space before "/>", attributes with '>' and '/' in them, nested table, text box).</summary>
    private const string FixedParagraph =
        "<w:p w:rsidR=\"00A1B2C3\"><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>Cố định a &amp; b &gt; c</w:t></w:r>" +
        "<w:bookmarkStart w:id=\"7\" w:name=\"x&gt;/y\"/><w:bookmarkEnd w:id=\"7\"/></w:p>";

    private const string FixedTable =
        "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"2000\"/></w:tblGrid>" +
        "<w:tr><w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr><w:p><w:r><w:t>Ô 1</w:t></w:r></w:p><w:p><w:r><w:t>Ô 1b</w:t></w:r></w:p>" +
        "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"1000\"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w=\"1000\" w:type=\"dxa\"/></w:tcPr>" +
        "<w:p><w:r><w:t>Lồng</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></w:tc></w:tr></w:tbl>";

    private const string FixedCell = "<w:p><w:r><w:t xml:space=\"preserve\">Ô cố định</w:t></w:r></w:p>";

    [TestMethod]
    public void Fixed_paragraphs_and_tables_come_out_exactly_as_the_template_wrote_them()
    {
        var body = FixedParagraph + P("Xin chào {{ ten }}") + FixedTable + Table([P("{{ ten }}")], [FixedCell]);
        var template = WithDocumentXml(Create(string.Empty), DocumentXml(body));

        var output = DocxTemplate.Load(template, "t.docx").Render(Record(("ten", "Lan"))).Document;

        AssertValid(output);
        var xml = Entry(output, "word/document.xml");
        StringAssert.Contains(xml, FixedParagraph);
        StringAssert.Contains(xml, FixedTable);
        StringAssert.Contains(xml, FixedCell);
        CollectionAssert.AreEqual(
            new[] { "Cố định a & b > c", "Xin chào Lan", "Ô 1", "Ô 1b", "Lồng", string.Empty, "Lan", "Ô cố định" },
            WordText.BodyParagraphs(output).ToArray());
    }

    [TestMethod]
    public void Paragraph_and_table_numbers_count_what_was_not_built()
    {
        // Paragraphs: 1 fixed, 2..5 in the fixed table (nested included), then the bad tag in paragraph 6;
        // tables: the fixed table and its nested one come first, so the tagged table is table 3.
        var body = FixedParagraph + FixedTable + P("{% frobnicate %}") + Table([P("x"), P("{% frobnicate %}")]);
        var template = DocxTemplate.Load(WithDocumentXml(Create(string.Empty), DocumentXml(body)), "t.docx");

        var locations = template.Diagnostics.Where(d => d.Code == "TPL004").Select(d => (DocumentLocation)d.Location!).ToList();

        Assert.HasCount(2, locations);
        Assert.AreEqual(6, locations[0].Paragraph);
        Assert.IsNull(locations[0].Table);
        Assert.AreEqual(8, locations[1].Paragraph);
        Assert.AreEqual((3, 1, 2), (locations[1].Table, locations[1].Row, locations[1].Cell));
    }

    [TestMethod]
    public void A_tag_next_to_text_the_fast_serialiser_leaves_to_XmlWriter_keeps_the_fixed_markup()
    {
        // An emoji (a surrogate pair) in a tagged paragraph sends that part through XmlWriter.
        var body = FixedParagraph + P("😀 {{ ten }}") + FixedTable;

        var output = DocxTemplate.Load(WithDocumentXml(Create(string.Empty), DocumentXml(body)), "t.docx").Render(Record(("ten", "Lan"))).Document;

        AssertValid(output);
        var xml = Entry(output, "word/document.xml");
        StringAssert.Contains(xml, FixedParagraph);
        StringAssert.Contains(xml, FixedTable);
        Assert.AreEqual("😀 Lan", WordText.BodyParagraphs(output)[1]);
    }

    [TestMethod]
    public void Broken_XML_in_fixed_text_is_still_refused()
    {
        var body = "<w:p><w:r><w:t>Cố định</w:r></w:p>" + P("{{ ten }}");

        var error = Assert.ThrowsExactly<LucBinhException>(() => DocxTemplate.Load(WithDocumentXml(Create(string.Empty), DocumentXml(body)), "t.docx"));

        Assert.AreEqual("IO004", error.Diagnostics.Single().Code);
    }

    [TestMethod]
    public void A_part_written_with_another_prefix_for_Word_is_read_whole_and_renders_the_same()
    {
        var xml = DocumentXml(FixedParagraph + P("Xin chào {{ ten }}") + FixedTable)
            .Replace("xmlns:w=", "xmlns:ns0=", StringComparison.Ordinal).Replace("<w:", "<ns0:", StringComparison.Ordinal)
            .Replace("</w:", "</ns0:", StringComparison.Ordinal).Replace(" w:", " ns0:", StringComparison.Ordinal);

        var output = DocxTemplate.Load(WithDocumentXml(Create(string.Empty), xml), "t.docx").Render(Record(("ten", "Lan"))).Document;

        AssertValid(output);
        CollectionAssert.AreEqual(
            new[] { "Cố định a & b > c", "Xin chào Lan", "Ô 1", "Ô 1b", "Lồng", string.Empty },
            WordText.BodyParagraphs(output).ToArray());
    }

    [TestMethod]
    public void A_tag_written_with_character_references_is_seen_as_the_full_reader_sees_it()
    {
        // "&#123;&#123; ten &#125;&#125;" is "{{ ten }}" once decoded: the sparse reader must build that paragraph.
        var body = FixedParagraph + "<w:p><w:r><w:t>&#123;&#123; ten &#125;&#125;</w:t></w:r></w:p>" + P("{{ ten }}");

        var output = DocxTemplate.Load(WithDocumentXml(Create(string.Empty), DocumentXml(body)), "t.docx").Render(Record(("ten", "Lan"))).Document;

        CollectionAssert.AreEqual(new[] { "Cố định a & b > c", "Lan", "Lan" }, WordText.BodyParagraphs(output).ToArray());
    }

    private static string DocumentXml(string body) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n" +
        $"<w:document {Namespaces}><w:body>{body}<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>";

    /// <summary>The package with its main part replaced by exactly this text (the SDK would re-serialise it).</summary>
    private static byte[] WithDocumentXml(byte[] docx, string xml)
    {
        var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open(), new UTF8Encoding(false));
            writer.Write(xml);
        }

        return stream.ToArray();
    }

    private static string Entry(byte[] docx, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry(name)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
