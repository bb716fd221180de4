using System.Text.RegularExpressions;
using System.Xml.Linq;
using LucBinh.Docs.Templating.Filters;
using LucBinh.Docs.TestSupport;
using static LucBinh.Docs.Generation.Tests.Catalogue.CatalogueSamples;
using static LucBinh.Docs.Generation.Tests.Catalogue.OutputDocument;

namespace LucBinh.Docs.Generation.Tests.Catalogue;

/// <summary>
/// Every kind of the catalogue, rendered from its own sample, passes the measurable rules of the Party's format
/// (shared/docs/vn-party-format.md §1, Hướng dẫn 36-HD/VPTW, reported unchanged in 05-HD/VPTW), read from the OUTPUT:
/// A4 with 20/20/30/15 mm margins, Times New Roman, the header table, "Số NN-XX/ĐU" with the kind's code, the place and
/// date line, the kind's name 15–16 pt bold (none for a công văn), the trích yếu, body 14 pt justified, "Nơi nhận",
/// the signature block, page numbers from page 2; it validates and converts with LibreOffice.
/// </summary>
[TestClass]
public sealed partial class CatalogueFormatTests
{
    private const string Font = "Times New Roman";

    /// <summary>The kind's name as the document prints it; null: a công văn has none.</summary>
    private static readonly Dictionary<string, string?> KindNames = new(StringComparer.Ordinal)
    {
        [CoordinationReport] = "BÁO CÁO",
        ["bao-cao-dinh-ky"] = "BÁO CÁO",
        ["ke-hoach"] = "KẾ HOẠCH",
        ["thong-bao"] = "THÔNG BÁO",
        ["cong-van"] = null,
        ["quyet-dinh"] = "QUYẾT ĐỊNH",
        ["bien-ban-hoi-nghi"] = "BIÊN BẢN",
        ["to-trinh"] = "TỜ TRÌNH",
        ["giay-moi"] = "GIẤY MỜI",
    };

    public static IEnumerable<object[]> AllKinds => [.. NewKinds.Prepend(CoordinationReport).Select(id => new object[] { id })];

    [TestMethod]
    [DynamicData(nameof(AllKinds))]
    public void Renders_from_its_sample_and_validates(string id)
    {
        var rendered = Sample(id);

        var errors = WordValidation.Errors(rendered.Docx);
        Assert.IsEmpty(errors, $"{id}: " + string.Join("\n", errors));
        Assert.IsFalse(Regex.IsMatch(WordText.Body(rendered.Docx), @"\{\{|\{%|%\}|\}\}"), $"{id}: a tag was left in the output");
    }

    [TestMethod]
    [DynamicData(nameof(AllKinds))]
    public void Page_is_A4_with_the_party_margins(string id)
    {
        var section = Sample(id).Output.Section;
        var size = section.Element(W + "pgSz")!;
        var margins = section.Element(W + "pgMar")!;

        Assert.AreEqual(("11906", "16838"), ((string?)size.Attribute(W + "w"), (string?)size.Attribute(W + "h")), "A4 portrait");
        Assert.AreEqual(
            ("1134", "1134", "1701", "850"),
            ((string?)margins.Attribute(W + "top"), (string?)margins.Attribute(W + "bottom"), (string?)margins.Attribute(W + "left"), (string?)margins.Attribute(W + "right")),
            "margins 20/20/30/15 mm");
    }

    [TestMethod]
    [DynamicData(nameof(AllKinds))]
    public void Every_run_is_Times_New_Roman(string id)
    {
        var output = Sample(id).Output;
        var paragraphs = output.Body.Descendants(W + "p").Where(p => TextOf(p).Trim().Length > 0).ToList();
        Assert.IsGreaterThan(10, paragraphs.Count);
        foreach (var paragraph in paragraphs)
        {
            foreach (var look in output.Looks(paragraph))
            {
                Assert.AreEqual(Font, look.Font, $"{id}: «{TextOf(paragraph)}»");
            }
        }

        var otherFonts = output.Document.Descendants(W + "rFonts").Concat(output.Styles.Descendants(W + "rFonts"))
            .SelectMany(f => f.Attributes().Where(a => a.Name.LocalName is "ascii" or "hAnsi" or "cs" or "eastAsia"))
            .Select(a => a.Value).Where(v => v != Font).Distinct().ToList();
        Assert.IsEmpty(otherFonts, $"{id}: fonts other than {Font}: {string.Join(", ", otherFonts)}");
    }

    [TestMethod]
    [DynamicData(nameof(AllKinds))]
    public void Header_table_shows_the_committee_number_place_and_date_from_data(string id)
    {
        var rendered = Sample(id);
        var output = rendered.Output;
        var info = rendered.Info;
        var code = id == CoordinationReport ? "BC" : Manifest(id).KindCode;

        var header = output.Blocks[0];
        Assert.AreEqual(W + "tbl", header.Name, $"{id}: the document opens with the header table");
        var borders = header.Element(W + "tblPr")!.Element(W + "tblBorders")!.Elements().Select(b => (string?)b.Attribute(W + "val")).Distinct().ToList();
        CollectionAssert.AreEqual(new[] { "none" }, borders, "the header table has no borders");
        var cells = Cells(header);
        Assert.HasCount(2, cells);

        var left = Paragraphs(cells[0]);
        Assert.AreEqual(Field(info, "cap_tren_truc_tiep"), TextOf(left[0]));
        Assert.AreEqual(Look(14, bold: false), Shape(output.Look(left[0])), "cấp trên trực tiếp: 14 pt, not bold");
        Assert.AreEqual(Field(info, "co_quan_ban_hanh"), TextOf(left[1]));
        Assert.AreEqual(Look(14, bold: true), Shape(output.Look(left[1])), "cơ quan ban hành: 14 pt bold");
        Assert.AreEqual("*", TextOf(left[2]));
        var number = info["so_van_ban"] is decimal n ? n.ToString("00", System.Globalization.CultureInfo.InvariantCulture) : null;
        var symbol = TextOf(left[3]);
        StringAssert.Matches(symbol, new Regex($"^Số {(number ?? @"\s+")}-{Regex.Escape(code)}/ĐU$"), $"{id}: Số NN-{code}/ĐU, no colon");
        Assert.AreEqual(14, output.Look(left[3]).Points);

        var right = Paragraphs(cells[1]);
        Assert.AreEqual("ĐẢNG CỘNG SẢN VIỆT NAM", TextOf(right[0]));
        Assert.AreEqual(Look(15, bold: true), Shape(output.Look(right[0])), "ĐẢNG CỘNG SẢN VIỆT NAM: 15 pt bold");
        var date = (DateOnly)info["ngay_ban_hanh"]!;
        Assert.AreEqual($"{Field(info, "dia_danh")}, {VietnameseDates.LongForm(date)}", TextOf(right[1]), "place and date from data");
        Assert.AreEqual(new RunLook(Font, 14, Bold: false, Italic: true, Underlined: false), output.Look(right[1]), "place and date: 14 pt italic");

        foreach (var line in left.Concat(right))
        {
            Assert.AreEqual("center", output.Justification(line), $"«{TextOf(line)}» is centred in its cell");
        }
    }

    [TestMethod]
    [DynamicData(nameof(AllKinds))]
    public void Kind_name_is_15_to_16_point_bold_above_the_abstract(string id)
    {
        var rendered = Sample(id);
        var output = rendered.Output;
        var afterHeader = output.Blocks.Skip(1).Where(b => b.Name == W + "p" && TextOf(b).Trim().Length > 0).Take(3).ToList();
        var kindName = KindNames[id];
        if (kindName is null)
        {
            // A công văn: no kind name; its trích yếu "V/v …" is 12 pt italic under the number, in the left column.
            Assert.IsFalse(output.BodyParagraphs.Any(p => KindNames.ContainsValue(TextOf(p).Trim())), "a công văn has no kind name");
            var subject = afterHeader[0];
            Assert.AreEqual("V/v " + Field(rendered.Info, "ve_viec"), TextOf(subject));
            Assert.AreEqual(new RunLook(Font, 12, Bold: false, Italic: true, Underlined: false), output.Look(subject));
            var rightColumn = int.Parse(output.Blocks[0].Element(W + "tblGrid")!.Elements(W + "gridCol").Last().Attribute(W + "w")!.Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.AreEqual(rightColumn, output.Indent(subject, "right"), "the V/v line stands in the header's left column");
            Assert.AreEqual("center", output.Justification(subject));
            Assert.IsTrue(output.BodyParagraphs.Any(p => TextOf(p).StartsWith("Kính gửi:", StringComparison.Ordinal)), "Kính gửi:");
            return;
        }

        Assert.AreEqual(kindName, TextOf(afterHeader[0]));
        var name = output.Look(afterHeader[0]);
        Assert.IsTrue(name.Points is >= 15 and <= 16 && name.Bold, $"{id}: the kind's name is 15–16 pt bold, got {name}");
        Assert.AreEqual("center", output.Justification(afterHeader[0]));

        var summary = afterHeader[1];
        var look = output.Look(summary);
        Assert.IsTrue(look.Points is >= 14 and <= 15 && look.Bold && !look.Italic, $"{id}: the trích yếu is 14–15 pt bold, got {look}");
        Assert.AreEqual("center", output.Justification(summary));
        StringAssert.Matches(TextOf(summary), new Regex(@"^\p{Ll}"), "the trích yếu starts in lower case");
        if (rendered.Info["trich_yeu"] is string abstractText)
        {
            Assert.AreEqual(abstractText, TextOf(summary), "the trích yếu comes from data");
        }

        Assert.AreEqual("-----", TextOf(afterHeader[2]));
        Assert.AreEqual("center", output.Justification(afterHeader[2]));
    }

    [TestMethod]
    [DynamicData(nameof(AllKinds))]
    public void Body_text_is_14_point_and_running_text_justified(string id)
    {
        var output = Sample(id).Output;
        var blocks = output.Blocks;
        // After the title block's "-----" (a công văn: after its "V/v …" line).
        var start = blocks.ToList().FindIndex(b => b.Name == W + "p" && (TextOf(b) == "-----" || TextOf(b).StartsWith("V/v ", StringComparison.Ordinal))) + 1;
        Assert.IsGreaterThan(0, start, $"{id}: no title block");
        var footer = blocks.ToList().FindLastIndex(b => b.Name == W + "tbl");
        var body = blocks.Skip(start).Take(footer - start).Where(b => b.Name == W + "p" && TextOf(b).Trim().Length > 0).ToList();
        Assert.IsGreaterThan(3, body.Count, $"{id}: the body has text");

        foreach (var paragraph in body)
        {
            foreach (var look in output.Looks(paragraph))
            {
                Assert.AreEqual(14, look.Points, $"{id}: body text is 14 pt: «{TextOf(paragraph)}»");
            }
        }

        var running = body.Where(p => TextOf(p).Length > 100).ToList();
        Assert.IsNotEmpty(running, $"{id}: running text");
        foreach (var paragraph in running)
        {
            Assert.AreEqual("both", output.Justification(paragraph), $"{id}: running text is justified: «{TextOf(paragraph)}»");
        }
    }

    [TestMethod]
    [DynamicData(nameof(AllKinds))]
    public void Closes_with_recipients_and_the_signature_block(string id)
    {
        var rendered = Sample(id);
        var output = rendered.Output;
        var info = rendered.Info;
        var footer = output.Blocks.Last(b => b.Name == W + "tbl");
        var cells = Cells(footer);
        Assert.HasCount(2, cells);
        var left = Paragraphs(cells[0]);
        var right = Paragraphs(cells[1]);

        if (id == "bien-ban-hoi-nghi")
        {
            // Minutes: two signatures, the secretary's and the chair's, names from data.
            CollectionAssert.AreEqual(new[] { "THƯ KÝ", Field(info, "thu_ky") }, left.Select(TextOf).ToArray());
            CollectionAssert.AreEqual(new[] { "CHỦ TRÌ", Field(info, "chu_tri") }, right.Select(TextOf).ToArray());
            Assert.IsTrue(left.Concat(right).All(p => output.Look(p).Bold && output.Look(p).Points == 14));
            return;
        }

        Assert.AreEqual("Nơi nhận:", TextOf(left[0]));
        Assert.AreEqual(new RunLook(Font, 14, Bold: false, Italic: false, Underlined: true), output.Look(left[0]), "Nơi nhận: 14 pt underlined, not bold");
        var recipients = left.Where(p => TextOf(p).StartsWith("- ", StringComparison.Ordinal)).ToList();
        var expected = ((Data.DataList)rendered.Data["noi_nhan"]!).Cast<Data.DataRecord>().Select(r => Field(r, "noi_nhan")).ToList();
        Assert.HasCount(expected.Count, recipients);
        CollectionAssert.AreEquivalent(expected, recipients.Select(p => TextOf(p)[2..^1]).ToList(), "every recipient from data");
        Assert.IsTrue(recipients.All(p => output.Look(p).Points == 12), "recipients are 12 pt");
        Assert.EndsWith(".", TextOf(recipients[^1]));

        CollectionAssert.AreEqual(
            new[] { Field(info, "tham_quyen_ky"), Field(info, "chuc_vu_nguoi_ky"), Field(info, "nguoi_ky") },
            right.Select(TextOf).ToArray(),
            "authority, title, name from data");
        StringAssert.Matches(TextOf(right[0]), new Regex("^(T/M|K/T|T/L) "), "T/M, K/T or T/L with a slash");
        Assert.IsTrue(output.Look(right[0]).Bold, "authority bold");
        Assert.IsFalse(output.Look(right[1]).Bold, "title not bold");
        Assert.IsTrue(output.Look(right[2]).Bold, "name bold");
        Assert.IsTrue(right.All(p => output.Justification(p) == "center" && output.Look(p).Points == 14));
    }

    [TestMethod]
    [DynamicData(nameof(AllKinds))]
    public void Page_numbers_start_on_page_two(string id)
    {
        var output = Sample(id).Output;

        Assert.IsNotNull(output.Section.Element(W + "titlePg"), "a different first page");
        var first = output.Header("first");
        Assert.IsNotNull(first);
        Assert.IsFalse(HasPageField(first), "no number on page 1");
        var other = output.Header("default")!;
        Assert.IsTrue(HasPageField(other), "a PAGE field from page 2");
        var pageNumber = other.Descendants(W + "p").First();
        Assert.AreEqual("center", output.Justification(pageNumber));
        Assert.AreEqual("567", (string?)output.Section.Element(W + "pgMar")!.Attribute(W + "header"), "10 mm from the top edge");
    }

    [TestMethod]
    [DynamicData(nameof(AllKinds))]
    public void Converts_with_LibreOffice_numbering_pages_from_two(string id)
    {
        var rendered = Sample(id);
        var pdf = LibreOffice.ConvertToPdf(rendered.Docx, id + ".docx");
        var pages = PdfText.Of(pdf).Split('\f').Where(p => p.Trim().Length > 0).ToList();

        Assert.IsNotEmpty(pages);
        StringAssert.Contains(pages[0], "ĐẢNG CỘNG SẢN VIỆT NAM");
        var signer = id == "bien-ban-hoi-nghi" ? Field(rendered.Info, "chu_tri") : Field(rendered.Info, "nguoi_ky");
        StringAssert.Contains(pages[^1], signer, "the signature is on the last page");
        Assert.AreNotEqual("1", FirstLine(pages[0]), "no number on page 1");
        for (var i = 1; i < pages.Count; i++)
        {
            Assert.AreEqual((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), FirstLine(pages[i]), $"page {i + 1} is numbered at its top");
        }
    }

    private static string FirstLine(string page) => page.Split('\n').Select(l => l.Trim()).First(l => l.Length > 0);

    private static bool HasPageField(XDocument header) =>
        header.Descendants(W + "instrText").Any(t => t.Value.Contains("PAGE", StringComparison.Ordinal))
        || header.Descendants(W + "fldSimple").Any(f => ((string?)f.Attribute(W + "instr"))?.Contains("PAGE", StringComparison.Ordinal) == true);

    private static (double Points, bool Bold) Look(double points, bool bold) => (points, bold);

    private static (double Points, bool Bold) Shape(RunLook look)
    {
        Assert.AreEqual(Font, look.Font);
        return (look.Points, look.Bold);
    }
}
