using System.IO.Compression;
using System.Xml.Linq;
using LucBinh.Docs.Templating.Syntax;
using static LucBinh.Docs.Templating.Tests.TemplateTestKit;
using static LucBinh.Docs.TestSupport.WordFixture;

namespace LucBinh.Docs.Templating.Tests;

/// <summary>The engine's own zip reading and writing and its XML serialiser, which replaced library code on the hot path.</summary>
[TestClass]
public sealed class PackagingTests
{
    [TestMethod]
    [DataRow("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t xml:space=\"preserve\"> a &amp; b &lt; c &gt; d \"q\" 'a' Tiếng Việt </w:t></w:r></w:p><w:p/></w:body></w:document>")]
    [DataRow("<a xmlns=\"urn:x\" xmlns:p=\"urn:p\" p:v=\"x&quot;y&amp;z&lt;&gt;'\"><b p:c=\"1\"></b><p:d/><!-- note --><?pi data?><?empty?></a>")]
    [DataRow("<a xmlns:p=\"urn:p\"><p:b xmlns:p=\"urn:q\"><p:c/></p:b><p:c/></a>")]
    [DataRow("<a v=\"tab&#9;line&#10;\">x&#13;y\nz<![CDATA[c]]></a>")]
    [DataRow("<a xmlns=\"urn:x\"><b xmlns=\"\"/></a>")]
    [DataRow("<a>😀 \u2028 <!--x--></a>")]
    public void The_compact_serialiser_writes_what_XElement_ToString_writes_or_declines(string xml)
    {
        var element = XElement.Parse(xml, LoadOptions.PreserveWhitespace);
        using var writer = new StringWriter();

        if (CompactXmlSerializer.TryWrite(element, writer))
        {
            Assert.AreEqual(element.ToString(SaveOptions.DisableFormatting), writer.ToString());
        }
    }

    [TestMethod]
    public void The_compact_serialiser_handles_an_ordinary_Word_paragraph()
    {
        var element = XElement.Parse(
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"urn:r\"><w:body><w:p w:rsidR=\"00AB\"><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t>Xin chào {{ x }}</w:t></w:r></w:p></w:body></w:document>",
            LoadOptions.PreserveWhitespace);
        using var writer = new StringWriter();

        Assert.IsTrue(CompactXmlSerializer.TryWrite(element, writer));
        Assert.AreEqual(element.ToString(SaveOptions.DisableFormatting), writer.ToString());
    }

    [TestMethod]
    public void A_rendered_document_keeps_untouched_entries_byte_for_byte_and_has_fixed_timestamps()
    {
        var template = Create(P("Xin chào {{ ten }}"));
        var output = DocxTemplate.Load(template, "t.docx").Render(Record(("ten", "Lan"))).Document;

        using var source = new ZipArchive(new MemoryStream(template), ZipArchiveMode.Read);
        using var result = new ZipArchive(new MemoryStream(output), ZipArchiveMode.Read);
        CollectionAssert.AreEqual(source.Entries.Select(e => e.FullName).ToArray(), result.Entries.Select(e => e.FullName).ToArray());
        foreach (var entry in result.Entries)
        {
            Assert.AreEqual(new DateTime(1980, 1, 1), entry.LastWriteTime.DateTime, entry.FullName);
            if (entry.FullName != "word/document.xml")
            {
                CollectionAssert.AreEqual(Read(source.GetEntry(entry.FullName)!), Read(entry), entry.FullName);
            }
        }

        StringAssert.Contains(System.Text.Encoding.UTF8.GetString(Read(result.GetEntry("word/document.xml")!)), "Xin chào Lan");
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
