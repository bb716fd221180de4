using static LucBinh.Docs.Templating.Tests.TemplateTestKit;
using static LucBinh.Docs.TestSupport.WordFixture;

namespace LucBinh.Docs.Templating.Tests;

/// <summary>Templates made for Power Automate ("Populate a Microsoft Word template") work unchanged.</summary>
[TestClass]
public sealed class ContentControlTests
{
    private const string W15 = "xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\"";

    private static string InlineControl(string tag, string? alias = null) =>
        "<w:sdt><w:sdtPr>" + (alias is null ? string.Empty : $"<w:alias w:val=\"{alias}\"/>") + (tag.Length == 0 ? string.Empty : $"<w:tag w:val=\"{tag}\"/>") +
        "<w:id w:val=\"1\"/><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent>" +
        "<w:r><w:rPr><w:rStyle w:val=\"PlaceholderText\"/></w:rPr><w:t>Click or tap here to enter text.</w:t></w:r></w:sdtContent></w:sdt>";

    [TestMethod]
    public void A_plain_text_control_named_by_its_tag_receives_the_value()
    {
        var body = "<w:p><w:r><w:t xml:space=\"preserve\">Người ký: </w:t></w:r>" + InlineControl("nguoi_ky") + "</w:p>";

        var docx = Render(body, Record(("nguoi_ky", "Đinh Thị Mỹ")));

        Assert.AreEqual("Người ký: Đinh Thị Mỹ", TestSupport.WordText.BodyParagraphs(docx)[0]);
        var xml = TestSupport.WordText.BodyXml(docx).ToString();
        Assert.DoesNotContain("showingPlcHdr", xml, "the placeholder state is cleared");
        Assert.DoesNotContain("PlaceholderText", xml, "the grey placeholder style is cleared");
    }

    [TestMethod]
    public void A_control_with_only_a_vietnamese_title_uses_the_folded_title()
    {
        var body = "<w:p>" + InlineControl(string.Empty, alias: "Người ký") + "</w:p>";

        Assert.AreEqual("Đinh Thị Mỹ", RenderParagraphs(body, Record(("nguoi_ky", "Đinh Thị Mỹ")))[0]);
    }

    [TestMethod]
    public void A_block_control_is_replaced_by_the_value()
    {
        var body = "<w:sdt><w:sdtPr><w:tag w:val=\"ghi_chu\"/><w:richText/></w:sdtPr><w:sdtContent>" +
                   P("Dòng một") + P("Dòng hai") + "</w:sdtContent></w:sdt>";

        CollectionAssert.AreEqual(new[] { "Nội dung" }, RenderParagraphs(body, Record(("ghi_chu", "Nội dung"))).ToArray());
    }

    [TestMethod]
    public void A_repeating_section_of_paragraphs_repeats_per_row()
    {
        var body = $"<w:sdt><w:sdtPr><w:tag w:val=\"nhiem_vu\"/><w15:repeatingSection {W15}/></w:sdtPr><w:sdtContent>" +
                   $"<w:sdt><w:sdtPr><w15:repeatingSectionItem {W15}/></w:sdtPr><w:sdtContent>" +
                   "<w:p><w:r><w:t xml:space=\"preserve\">- </w:t></w:r>" + InlineControl("noi_dung") + "</w:p>" +
                   "</w:sdtContent></w:sdt></w:sdtContent></w:sdt>";
        var data = Record(("nhiem_vu", Items(Record(("noi_dung", "Một")), Record(("noi_dung", "Hai")))));

        CollectionAssert.AreEqual(new[] { "- Một", "- Hai" }, RenderParagraphs(body, data).ToArray());
    }

    [TestMethod]
    public void A_repeating_section_of_table_rows_repeats_the_rows()
    {
        var row = "<w:tr><w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr><w:p>" + InlineControl("thon") + "</w:p></w:tc>" +
                  "<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr><w:p>" + InlineControl("so") + "</w:p></w:tc></w:tr>";
        var body = "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"2000\"/></w:tblGrid>" +
                   $"<w:sdt><w:sdtPr><w:tag w:val=\"tuyen_truyen\"/><w15:repeatingSection {W15}/></w:sdtPr><w:sdtContent>" +
                   $"<w:sdt><w:sdtPr><w15:repeatingSectionItem {W15}/></w:sdtPr><w:sdtContent>{row}</w:sdtContent></w:sdt>" +
                   "</w:sdtContent></w:sdt></w:tbl>";
        var data = Record(("tuyen_truyen", Items(Record(("thon", "Nà Pài"), ("so", 52m)), Record(("thon", "Bản Chang"), ("so", 61m)))));

        CollectionAssert.AreEqual(new[] { "Nà Pài", "52", "Bản Chang", "61" }, RenderParagraphs(body, data).ToArray());
    }

    [TestMethod]
    public void A_date_picker_control_shows_the_date_in_vietnamese_short_form()
    {
        var body = "<w:p><w:sdt><w:sdtPr><w:tag w:val=\"ngay\"/><w:date><w:dateFormat w:val=\"dd/MM/yyyy\"/><w:lid w:val=\"vi-VN\"/></w:date></w:sdtPr>" +
                   "<w:sdtContent><w:r><w:t>Chọn ngày</w:t></w:r></w:sdtContent></w:sdt></w:p>";

        Assert.AreEqual("04/01/2024", RenderParagraphs(body, Record(("ngay", new DateOnly(2024, 1, 4))))[0]);
    }
}
