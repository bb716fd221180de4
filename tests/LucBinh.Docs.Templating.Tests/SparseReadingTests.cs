using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Templating.Packaging;
using LucBinh.Docs.Templating.Syntax;
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
    [DataRow("<w:p><w:r><w:t>Cố định</w:r></w:p>", DisplayName = "end tags crossed")]
    [DataRow("<w:p w:rsidR=00A1B2C3><w:r><w:t>Cố định</w:t></w:r></w:p>", DisplayName = "an unquoted attribute")]
    [DataRow("<w:p><w:r><w:t>Cố định &nbsp;</w:t></w:r></w:p>", DisplayName = "an entity XML does not define")]
    public void Broken_XML_in_fixed_text_is_still_refused(string broken)
    {
        var body = broken + P("{{ ten }}");

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

    [TestMethod]
    [DataRow("<w:p><w:r><w:t xml:space='preserve'> a &amp; b &lt; c &gt; d &quot;q&quot; &apos;s&apos; {{ ten }}</w:t></w:r></w:p>", DisplayName = "entities, single quotes")]
    [DataRow("<w:p><w:r><w:t>dòng 1\r\ndòng 2\rdòng 3 {{ ten }}</w:t></w:r></w:p>", DisplayName = "line ends in text")]
    [DataRow("<w:p><w:bookmarkStart w:id=\"1\" w:name=\"a\tb\r\nc\nd\"/><w:r><w:t>{{ ten }}</w:t></w:r><w:bookmarkEnd w:id=\"1\"/></w:p>", DisplayName = "white space in attribute values")]
    [DataRow("<w:p><w:r><w:t>&#123;&#123; ten &#x7D;&#x7d; &#x1F600;&#9;</w:t></w:r></w:p>", DisplayName = "character references")]
    [DataRow("<w:p><w:r><w:t></w:t><w:t/><w:t>{{ ten }}</w:t></w:r></w:p>", DisplayName = "empty element forms")]
    [DataRow("\r\n  <w:p>\r\n    <w:r>\r\n      <w:t>{{ ten }}</w:t>\r\n    </w:r>\r\n  </w:p>\r\n  <w:p><w:r><w:t>cố định</w:t></w:r></w:p>\r\n", DisplayName = "indented")]
    [DataRow("<w:p><w:r><w:t>{{ ten }}</w:t></w:r><x:extra xmlns:x=\"urn:x\" x:a=\"1\"><y xmlns=\"urn:y\"><z/></y></x:extra></w:p>", DisplayName = "declarations on inner elements")]
    [DataRow("<m:oMathPara xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\"><m:oMath/></m:oMathPara><w:p><w:r><w:t>{{ ten }}</w:t></w:r></w:p>", DisplayName = "a fixed element whose prefix it declares itself")]
    public void The_sparse_tree_is_the_tree_XDocument_Load_builds_once_the_kept_markup_is_parsed(string body)
    {
        var xml = DocumentXml(FixedParagraph + body + FixedTable);
        var text = xml.ToCharArray();

        var sparse = SparsePartReader.TryRead(text, text.Length);

        Assert.IsNotNull(sparse, "this is XML as Word writes it: the sparse reader must take it");
        Assert.IsTrue(sparse.Root!.Descendants().Any(e => VerbatimXml.Of(e) is not null), "the fixed paragraph and table are kept as markup");
        var expected = XDocument.Parse(xml, LoadOptions.PreserveWhitespace);
        var actual = Expand(sparse);
        Assert.IsTrue(XNode.DeepEquals(expected.Root, actual.Root), expected.ToString(SaveOptions.DisableFormatting) + "\n----\n" + actual.ToString(SaveOptions.DisableFormatting));
    }

    [TestMethod]
    [DataRow("<!DOCTYPE w:document>", "", DisplayName = "a DOCTYPE")]
    [DataRow("", "<w:p><!-- ghi chú --><w:r><w:t>{{ ten }}</w:t></w:r></w:p>", DisplayName = "a comment in a built paragraph")]
    [DataRow("", "<w:p><w:r><w:t><![CDATA[{{ ten }}]]></w:t></w:r></w:p>", DisplayName = "CDATA")]
    [DataRow("", "<w:p><w:r><w:t>&nbsp;{{ ten }}</w:t></w:r></w:p>", DisplayName = "an entity XML does not define")]
    [DataRow("", "<w:p><w:r><w:t>&#1;{{ ten }}</w:t></w:r></w:p>", DisplayName = "a character reference XML forbids")]
    [DataRow("", "<w:p><w:r><w:t>{{ ten }}</w:t></w:r></w:q>", DisplayName = "mismatched end tag")]
    [DataRow("", "<w:p w:a=\"1\" w:a=\"2\"><w:r><w:t>{{ ten }}</w:t></w:r></w:p>", DisplayName = "duplicate attribute")]
    [DataRow("", "<w:p><w:r><w:t a=\"x<y\">{{ ten }}</w:t></w:r></w:p>", DisplayName = "'<' in an attribute value")]
    [DataRow("", "<w:p><q:r><w:t>{{ ten }}</w:t></q:r></w:p>", DisplayName = "an undeclared prefix")]
    [DataRow("", "<w:p w:a=1><w:r><w:t>cố định</w:t></w:r></w:p><w:p><w:r><w:t>{{ ten }}</w:t></w:r></w:p>", DisplayName = "an unquoted attribute in fixed text")]
    [DataRow("", "<w:p><w:r><w:t>cố định</w:t></w:r></w:p ><w:p><w:r><w:t>{{ ten }}</w:t></w:r></w:p><w:p></w:q>", DisplayName = "a mismatched end tag in fixed text")]
    public void What_the_sparse_reader_does_not_handle_is_left_to_the_XML_reader(string prolog, string body)
    {
        var xml = DocumentXml(FixedParagraph + body);
        if (prolog.Length > 0)
        {
            xml = xml.Replace("\r\n<w:document", "\r\n" + prolog + "<w:document", StringComparison.Ordinal);
        }

        var text = xml.ToCharArray();

        Assert.IsNull(SparsePartReader.TryRead(text, text.Length));
    }

    [TestMethod]
    public void The_templates_staff_start_from_are_read_sparsely_and_render_as_before()
    {
        foreach (var path in Directory.EnumerateFiles(RepoPaths.Templates, "*.docx", SearchOption.AllDirectories))
        {
            using var zip = new ZipArchive(File.OpenRead(path), ZipArchiveMode.Read);
            foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("word/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                var xml = reader.ReadToEnd();
                if (!xml.Contains('{', StringComparison.Ordinal) || !xml.Contains("xmlns:w=", StringComparison.Ordinal))
                {
                    continue;
                }

                var text = xml.ToCharArray();
                var sparse = SparsePartReader.TryRead(text, text.Length);
                Assert.IsNotNull(sparse, $"{Path.GetFileName(path)} {entry.FullName}");
                Assert.IsTrue(XNode.DeepEquals(XDocument.Parse(xml, LoadOptions.PreserveWhitespace).Root, Expand(sparse).Root), $"{Path.GetFileName(path)} {entry.FullName}");
            }
        }
    }

    /// <summary>The sparse tree with each kept element parsed from its markup, in the namespaces in scope where it stands.</summary>
    private static XDocument Expand(XDocument sparse)
    {
        var copy = new XDocument(sparse);
        var originals = sparse.Descendants().ToList();
        var copies = copy.Descendants().ToList();
        for (var i = 0; i < originals.Count; i++)
        {
            if (VerbatimXml.Of(originals[i]) is not { } verbatim)
            {
                continue;
            }

            var declarations = string.Concat(originals[i].Ancestors().Attributes().Where(a => a.IsNamespaceDeclaration)
                .GroupBy(a => a.Name).Select(g => " " + g.First()));
            var wrapper = XElement.Parse("<wrapper" + declarations + ">" + verbatim.Markup.ToString() + "</wrapper>", LoadOptions.PreserveWhitespace);
            copies[i].ReplaceWith(wrapper.Elements().Single());
        }

        return copy;
    }

    private static string DocumentXml(string body) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n" +
        $"<w:document {Namespaces}><w:body>{body}<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>";

    /// <summary>The package with its main part replaced by exactly this text (the SDK would re-serialise it).</summary>
    private static byte[] WithDocumentXml(byte[] docx, string xml) => ZipParts.WithPart(docx, "word/document.xml", xml);

    private static string Entry(byte[] docx, string name) => ZipParts.Read(docx, name);
}
