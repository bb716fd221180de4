using System.Globalization;
using System.Xml.Linq;
using LucBinh.Docs.Data;
using LucBinh.Docs.Templating.Filters;
using static LucBinh.Docs.Generation.Tests.Catalogue.CatalogueSamples;
using static LucBinh.Docs.Generation.Tests.Catalogue.OutputDocument;

namespace LucBinh.Docs.Generation.Tests.Catalogue;

/// <summary>What each kind adds to the common frame, checked on the output against its sample's data.</summary>
[TestClass]
public sealed class CatalogueKindTests
{
    [TestMethod]
    [DataRow(null)]
    [DataRow("2024-06")]
    [DataRow("2024-Q2")]
    [DataRow("2024-H1")]
    [DataRow("2024-9T")]
    [DataRow("2024")]
    public void Periodic_report_compares_each_figure_with_the_same_period_last_year(string? period)
    {
        var data = SampleData("bao-cao-dinh-ky");
        if (period is not null)
        {
            ReportPeriod.Parse(period).ApplyTo(data);
        }

        var info = Info(data);
        var (from, to) = ((DateOnly)info["tu_ngay"]!, (DateOnly)info["den_ngay"]!);
        var rendered = Render("bao-cao-dinh-ky", data);
        var output = rendered.Output;

        Assert.IsTrue(output.BodyParagraphs.Any(p => TextOf(p).Contains("kết quả thực hiện nhiệm vụ " + Field(info, "ky_bao_cao"), StringComparison.Ordinal)), "the title names the period");
        var table = output.Body.Elements(W + "tbl").Single(t => t.Descendants(W + "t").Any(x => x.Value == "Cùng kỳ năm trước"));
        var rows = table.Elements(W + "tr").Skip(1).Select(r => r.Elements(W + "tc").Select(c => TextOf(c.Element(W + "p")!)).ToArray()).ToList();
        var indicators = Rows(data, "chi_tieu");
        Assert.HasCount(indicators.Count, rows, "one row per indicator");

        var figures = Rows(data, "so_lieu");
        for (var i = 0; i < rows.Count; i++)
        {
            var name = Field(indicators[i], "ten_chi_tieu");
            decimal Sum(DateOnly a, DateOnly b) => figures
                .Where(f => Field(f, "ten_chi_tieu") == name && (DateOnly)f["ngay"]! >= a && (DateOnly)f["ngay"]! <= b)
                .Sum(f => (decimal)f["so_luong"]!);
            var now = Sum(from, to);
            var before = Sum(from.AddYears(-1), to.AddYears(-1));

            Assert.AreEqual(name, rows[i][1]);
            Assert.AreEqual(VietnameseNumbers.FormatNumber(now), rows[i][3], $"{name}: this period");
            Assert.AreEqual(VietnameseNumbers.FormatNumber(before), rows[i][4], $"{name}: same period last year");
            Assert.AreEqual(VietnameseNumbers.Change(now, before) ?? "-", rows[i][5], $"{name}: the comparison");
        }

        Assert.IsTrue(rows.Any(r => r[5].StartsWith("tăng", StringComparison.Ordinal) || r[5].StartsWith("giảm", StringComparison.Ordinal)), "the sample has real comparisons");
    }

    [TestMethod]
    [DataRow(null, "QUÝ IV NĂM 2024", 4)]
    [DataRow("2024-06", "THÁNG 7 NĂM 2024", 1)]
    [DataRow("2024-Q2", "QUÝ III NĂM 2024", 3)]
    [DataRow("2024-H1", "6 THÁNG CUỐI NĂM 2024", 7)]
    [DataRow("2024-9T", "3 THÁNG CUỐI NĂM 2024", 4)]
    [DataRow("2024", "NĂM 2025", 3)]
    public void Periodic_report_lists_the_tasks_due_in_the_next_period(string? period, string next, int tasks)
    {
        var data = SampleData("bao-cao-dinh-ky");
        if (period is not null)
        {
            ReportPeriod.Parse(period).ApplyTo(data);
        }

        var output = Render("bao-cao-dinh-ky", data).Output;
        var paragraphs = output.BodyParagraphs.ToList();

        var heading = paragraphs.FindIndex(p => TextOf(p) == "III. PHƯƠNG HƯỚNG, NHIỆM VỤ " + next);
        Assert.IsGreaterThanOrEqualTo(0, heading, $"heading for {next}");
        var listed = paragraphs.Skip(heading + 1).TakeWhile(p => !TextOf(p).StartsWith("Trên đây", StringComparison.Ordinal)).ToList();
        Assert.HasCount(tasks, listed, string.Join("\n", listed.Select(TextOf)));
        for (var i = 0; i < listed.Count; i++)
        {
            Assert.StartsWith((i + 1).ToString(CultureInfo.InvariantCulture) + ". ", TextOf(listed[i]));
        }
    }

    [TestMethod]
    public void Plan_has_purpose_content_table_with_owner_and_deadline_and_organisation()
    {
        var rendered = Sample("ke-hoach");
        var texts = rendered.Output.BodyParagraphs.Select(TextOf).ToList();
        var headings = new[] { "I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN" }.Select(h => texts.IndexOf(h)).ToList();
        Assert.IsTrue(headings.All(i => i >= 0) && headings.SequenceEqual(headings.Order()), "the three parts in order");

        var table = rendered.Output.Body.Elements(W + "tbl").Single(t => t.Descendants(W + "t").Any(x => x.Value == "Đơn vị chủ trì"));
        var rows = table.Elements(W + "tr").Skip(1).Select(r => r.Elements(W + "tc").Select(c => TextOf(c.Element(W + "p")!)).ToArray()).ToList();
        var tasks = Rows(rendered.Data, "nhiem_vu");
        Assert.HasCount(tasks.Count, rows);
        for (var i = 0; i < rows.Count; i++)
        {
            CollectionAssert.AreEqual(
                new[]
                {
                    (i + 1).ToString(CultureInfo.InvariantCulture), Field(tasks[i], "noi_dung"), Field(tasks[i], "don_vi_chu_tri"),
                    Field(tasks[i], "don_vi_phoi_hop"), VietnameseDates.ShortForm((DateOnly)tasks[i]["thoi_han"]!),
                },
                rows[i]);
        }

        var units = Rows(rendered.Data, "to_chuc_thuc_hien");
        Assert.HasCount(units.Count, texts.Where((t, i) => i > headings[2]).ToList());
    }

    [TestMethod]
    public void Notice_numbers_the_conclusions_of_the_meeting()
    {
        var rendered = Sample("thong-bao");
        var texts = rendered.Output.BodyParagraphs.Select(TextOf).ToList();
        var conclusions = Rows(rendered.Data, "ket_luan");
        for (var i = 0; i < conclusions.Count; i++)
        {
            CollectionAssert.Contains(texts, $"{i + 1}. {Field(conclusions[i], "noi_dung")}");
        }

        StringAssert.StartsWith(texts.Single(t => t.Contains("kết luận như sau:", StringComparison.Ordinal)), "Ngày 08 tháng 7 năm 2024, Ban Thường vụ Đảng ủy tổ chức hội nghị giao ban");
    }

    [TestMethod]
    public void Letter_addresses_its_recipients_after_Kinh_gui()
    {
        var rendered = Sample("cong-van");
        var texts = rendered.Output.BodyParagraphs.Select(TextOf).ToList();
        var at = texts.FindIndex(t => t.StartsWith("Kính gửi:", StringComparison.Ordinal));
        Assert.IsGreaterThanOrEqualTo(0, at);
        var addressees = Rows(rendered.Data, "kinh_gui").Select(r => Field(r, "co_quan_don_vi")).ToList();
        CollectionAssert.AreEqual(
            addressees.Select((a, i) => (i == 0 ? "Kính gửi:" : string.Empty) + "\t- " + a + (i == addressees.Count - 1 ? "." : ";")).ToList(),
            texts.Skip(at).Take(addressees.Count).ToList());
    }

    [TestMethod]
    public void Decision_has_bases_then_the_authority_deciding_then_numbered_articles()
    {
        var rendered = Sample("quyet-dinh");
        var output = rendered.Output;
        var paragraphs = output.BodyParagraphs.ToList();
        var texts = paragraphs.Select(TextOf).ToList();
        var bases = Rows(rendered.Data, "can_cu").Select(r => Field(r, "noi_dung")).ToList();
        var first = texts.IndexOf("- " + bases[0] + ";");
        Assert.IsGreaterThanOrEqualTo(0, first, "căn cứ lines");
        CollectionAssert.AreEqual(bases.Select((b, i) => "- " + b + (i == bases.Count - 1 ? "," : ";")).ToList(), texts.Skip(first).Take(bases.Count).ToList());

        var deciding = paragraphs[first + bases.Count];
        Assert.AreEqual("BAN THƯỜNG VỤ ĐẢNG ỦY QUYẾT ĐỊNH", TextOf(deciding));
        Assert.IsTrue(output.Look(deciding).Bold && output.Justification(deciding) == "center");

        var articles = Rows(rendered.Data, "dieu");
        Assert.IsGreaterThanOrEqualTo(3, articles.Count);
        for (var i = 0; i < articles.Count; i++)
        {
            var article = paragraphs[first + bases.Count + 1 + i];
            Assert.AreEqual($"Điều {i + 1}. {Field(articles[i], "noi_dung")}", TextOf(article));
            Assert.IsTrue(output.Looks(article).First().Bold, "the article's number is bold");
        }
    }

    [TestMethod]
    public void Minutes_compute_the_attendance_from_the_delegates()
    {
        var rendered = Sample("bien-ban-hoi-nghi");
        var delegates = Rows(rendered.Data, "dai_bieu");
        var present = delegates.Count(d => Field(d, "tinh_trang") == "Có mặt");
        var excused = delegates.Where(d => Field(d, "tinh_trang") == "Vắng có lý do").Select(d => "đồng chí " + Field(d, "ho_ten")).ToList();
        Assert.AreEqual((17, 19, 2), (present, delegates.Count, excused.Count), "the sample's attendance");

        var line = rendered.Output.BodyParagraphs.Select(TextOf).Single(t => t.StartsWith("- Thành phần:", StringComparison.Ordinal));
        StringAssert.Contains(line, $"có mặt 17/19 đồng chí, vắng 02 đồng chí (có lý do): {string.Join(", ", excused)}.");

        var info = rendered.Info;
        var texts = rendered.Output.BodyParagraphs.Select(TextOf).ToList();
        CollectionAssert.Contains(texts, $"- Chủ trì: đồng chí {Field(info, "chu_tri")}, {Field(info, "chuc_vu_chu_tri")}.");
        CollectionAssert.Contains(texts, $"- Thư ký: đồng chí {Field(info, "thu_ky")}, {Field(info, "chuc_vu_thu_ky")}.");
        CollectionAssert.Contains(texts, $"- Địa điểm: {Field(info, "dia_diem")}.");
        Assert.IsTrue(Rows(rendered.Data, "dien_bien").All(d => texts.Contains(Field(d, "noi_dung"))), "the proceedings");
    }

    [TestMethod]
    public void Minutes_with_an_unexcused_absence_say_so()
    {
        var data = SampleData("bien-ban-hoi-nghi");
        var absent = (DataRecord)Rows(data, "dai_bieu")[2]!;
        absent.Set("tinh_trang", "Vắng không lý do");

        var line = Render("bien-ban-hoi-nghi", data).Output.BodyParagraphs.Select(TextOf).Single(t => t.StartsWith("- Thành phần:", StringComparison.Ordinal));

        StringAssert.Contains(line, $"có mặt 16/19 đồng chí, vắng 02 đồng chí (có lý do)");
        StringAssert.EndsWith(line, $", vắng 01 đồng chí (không có lý do): đồng chí {Field(absent, "ho_ten")}.");
    }

    [TestMethod]
    public void Submission_groups_its_paragraphs_into_numbered_parts()
    {
        var rendered = Sample("to-trinh");
        var texts = rendered.Output.BodyParagraphs.Select(TextOf).ToList();
        var parts = Rows(rendered.Data, "noi_dung_to_trinh").Select(r => Field(r, "phan")).Distinct().ToList();
        var romans = new[] { "I", "II", "III", "IV", "V" };
        var indexes = parts.Select((p, i) => texts.IndexOf($"{romans[i]}. {p.ToUpper(CultureInfo.GetCultureInfo("vi-VN"))}")).ToList();
        Assert.IsTrue(indexes.All(i => i >= 0) && indexes.SequenceEqual(indexes.Order()), string.Join("\n", texts));
        CollectionAssert.Contains(texts, "Kính gửi: " + Field((DataRecord)Rows(rendered.Data, "kinh_gui")[0]!, "co_quan_don_vi"));
        Assert.IsTrue(texts.Last().EndsWith("xem xét, quyết định.", StringComparison.Ordinal));
    }

    [TestMethod]
    public void Invitation_is_made_once_per_invitee_with_the_composition()
    {
        var invitees = Rows(SampleData("giay-moi"), "khach_moi");
        Assert.IsGreaterThan(3, invitees.Count);
        foreach (var invitee in invitees.Cast<DataRecord>())
        {
            var data = SampleData("giay-moi");
            data.Set(BatchItem.Variable, invitee);
            var output = Render("giay-moi", data).Output;
            var paragraphs = output.BodyParagraphs.ToList();

            var name = paragraphs.Single(p => TextOf(p) == "Đồng chí " + Field(invitee, "ho_ten"));
            Assert.IsTrue(output.Look(name).Bold && output.Justification(name) == "center");
            CollectionAssert.Contains(paragraphs.Select(TextOf).ToList(), Field(invitee, "chuc_vu"));
            var composition = paragraphs.Select(TextOf).Single(t => t.StartsWith("Thành phần:", StringComparison.Ordinal));
            foreach (var group in invitees.Cast<DataRecord>().Select(i => Field(i, "thanh_phan")).Distinct())
            {
                StringAssert.Contains(composition, group);
            }

            StringAssert.StartsWith(paragraphs.Select(TextOf).Single(t => t.StartsWith("Thời gian:", StringComparison.Ordinal)), "Thời gian: 08 giờ 00 phút, ngày 04 tháng 7 năm 2024");
        }
    }

    [TestMethod]
    public void Each_template_declares_the_invitees_list_it_repeats_over()
    {
        Assert.AreEqual("khach_moi", Manifest("giay-moi").Each);
        Assert.IsTrue(NewKinds.Where(id => id != "giay-moi").All(id => Manifest(id).Each is null));
    }

    private static List<DataRecord> Rows(DataRecord data, string key) => [.. ((DataList)data[key]!).Cast<DataRecord>()];
}
