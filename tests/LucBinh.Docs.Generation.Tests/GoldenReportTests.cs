using LucBinh.Docs.TestSupport;

namespace LucBinh.Docs.Generation.Tests;

/// <summary>
/// The spine's proof: the report generated from the sample tracker and the template reads, from "BÁO CÁO" to the
/// signer's name, as the real half-year report of Đảng ủy xã Lục Bình (shared/seed), except for the differences
/// listed here with their reasons.
/// </summary>
[TestClass]
public sealed class GoldenReportTests
{
    /// <summary>Where the generated report reads differently from the seed on purpose (seed text → report text).</summary>
    private static readonly (string Reason, string Seed, string Report)[] IntendedDifferences =
    [
        ("A page break in the seed split one paragraph in two ('của cấp / ủy'); the report keeps one paragraph.",
            "của cấp\nủy và của HĐND xã", "của cấp ủy và của HĐND xã"),
        ("Party format (36-HD/05-HD): a centred '-----' under the trích yếu; the seed's text export lost it.",
            "Nhân dân quan tâm 6 tháng đầu năm 2024\nThực hiện Công văn", "Nhân dân quan tâm 6 tháng đầu năm 2024\n-----\nThực hiện Công văn"),
        ("Document numbers are data; the tracker holds '101-NQ/ĐU' without the seed's stray space.",
            "101 -NQ/ĐU", "101-NQ/ĐU"),
        ("The seed forgot the closing quotation mark after the fanpage name.",
            "“LỤC BÌNH NÚI HOA;", "“LỤC BÌNH NÚI HOA”;"),
        ("The attachment note is data: no stray space after '(' nor before '-QĐ/TW'.",
            "( Gởi kèm 02 file kế hoạch và chương trình tổ chức thực hiện Quyết định số 238 -QĐ/TW",
            "(Gởi kèm 02 file kế hoạch và chương trình tổ chức thực hiện Quyết định số 238-QĐ/TW"),
        ("The closing sentence names the period from data in full ('6 tháng đầu năm 2024'), where the seed elided the year.",
            "Nhân dân quan tâm 6 tháng đầu, phương hướng", "Nhân dân quan tâm 6 tháng đầu năm 2024, phương hướng"),
        ("Typo in the seed: 'bản bản giấy'.", "Gửi bản bản giấy:", "Gửi bản giấy:"),
        ("Typo in the seed's recipients: 'Báo cáo viên viên'.", "Báo cáo viên viên.", "Báo cáo viên."),
    ];

    [TestMethod]
    public void Generated_report_reads_as_the_seed_report()
    {
        var seed = string.Join("\n", SeedText.Range(SeedText.FromMarkdown(File.ReadAllText(RepoPaths.SeedReport)), "BÁO CÁO", "Đinh Thị Mỹ"));
        foreach (var (reason, from, to) in IntendedDifferences)
        {
            Assert.Contains(from, seed, $"intended difference no longer applies: {reason}");
            seed = seed.Replace(from, to, StringComparison.Ordinal);
        }

        var docx = SampleReport.Render(SampleReport.ReadData());
        var report = SeedText.Range(SeedText.FromParagraphs(WordText.BodyParagraphs(docx)), "BÁO CÁO", "Đinh Thị Mỹ");

        AssertSameLines(seed.Split('\n'), report);
    }

    [TestMethod]
    public void Header_block_shows_the_committee_from_data()
    {
        var docx = SampleReport.Render(SampleReport.ReadData());
        var lines = SeedText.FromParagraphs(WordText.BodyParagraphs(docx));

        CollectionAssert.AreEqual(
            new[] { "ĐẢNG BỘ HUYỆN BẠCH THÔNG", "ĐẢNG ỦY XÃ LỤC BÌNH", "*", "Số -BC/ĐU", "ĐẢNG CỘNG SẢN VIỆT NAM", "Lục Bình, ngày 20 tháng 6 năm 2024" },
            lines.Take(6).ToArray());
    }

    private static void AssertSameLines(string[] expected, List<string> actual)
    {
        for (var i = 0; i < Math.Min(expected.Length, actual.Count); i++)
        {
            if (expected[i] != actual[i])
            {
                Assert.Fail($"Line {i + 1} differs.\nexpected: {expected[i]}\nactual:   {actual[i]}\n" +
                            $"previous: {(i > 0 ? expected[i - 1] : "(start)")}");
            }
        }

        if (expected.Length != actual.Count)
        {
            var extra = actual.Count > expected.Length ? "report: " + actual[expected.Length] : "seed: " + expected[actual.Count];
            Assert.Fail($"expected {expected.Length} lines, got {actual.Count}; first extra line in the {extra}");
        }
    }
}
