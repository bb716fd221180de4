using LucBinh.Docs.Data;
using LucBinh.Docs.TestSupport;

namespace LucBinh.Docs.Generation.Tests;

/// <summary>No number, name or date of the seed is typed into the template: change the data and the report follows.</summary>
[TestClass]
public sealed class DataDrivenTests
{
    [TestMethod]
    public void Dropping_decisions_and_adding_an_attendee_changes_the_numbers()
    {
        var data = SampleReport.ReadData();
        var documents = SampleReport.Rows(data, "van_ban_cung_cap");
        var decisions = documents.Cast<DataRecord>()
            .Where(r => (string?)r["co_quan_cung_cap"] == "UBND" && (string?)r["loai_van_ban"] == "Quyết định" && InFirstHalf(r["ngay_cung_cap"]))
            .Take(3).ToList();
        foreach (var row in decisions)
        {
            documents.Remove(row);
        }

        var session = SampleReport.Rows(data, "tuyen_truyen").Cast<DataRecord>()
            .First(r => (string?)r["hinh_thuc"] == "Phổ biến giáo dục pháp luật" && InFirstHalf(r["ngay"]));
        session.Set("so_nguoi_tham_du", (decimal)session["so_nguoi_tham_du"]! + 1);

        var text = WordText.Body(SampleReport.Render(data));

        StringAssert.Contains(text, "UBND xã đã cung cấp 117 Quyết định, 87 Kế hoạch");
        StringAssert.Contains(text, "thu hút 215 người tham dự");
        Assert.DoesNotContain("120 Quyết định", text);
    }

    [TestMethod]
    public void A_merged_commune_after_2025_gets_its_own_names_period_and_signer()
    {
        var data = SampleReport.ReadData();
        var info = SampleReport.Info(data);
        info.Set("cap_tren_truc_tiep", "ĐẢNG BỘ TỈNH THÁI NGUYÊN")
            .Set("co_quan_ban_hanh", "ĐẢNG ỦY XÃ PHỦ THÔNG")
            .Set("ten_co_quan", "Đảng ủy xã Phủ Thông")
            .Set("dia_danh", "Phủ Thông")
            .Set("ngay_ban_hanh", new DateOnly(2026, 2, 5))
            .Set("so_van_ban", 3m)
            .Set("ky_bao_cao", "năm 2025")
            .Set("ky_tiep_theo", "năm 2026")
            .Set("cap_uy_cap_tren", "Tỉnh ủy")
            .Set("nguoi_ky", "Nguyễn Văn An")
            .Set("chuc_vu_nguoi_ky", "PHÓ BÍ THƯ");

        var text = WordText.Body(SampleReport.Render(data));

        StringAssert.Contains(text, "ĐẢNG BỘ TỈNH THÁI NGUYÊN\nĐẢNG ỦY XÃ PHỦ THÔNG\n*\nSố 03-BC/ĐU");
        StringAssert.Contains(text, "Phủ Thông, ngày 05 tháng 02 năm 2026");
        StringAssert.Contains(text, "NHIỆM VỤ TRỌNG TÂM NĂM 2026");
        StringAssert.Contains(text, "của Đảng ủy xã Phủ Thông.");
        StringAssert.Contains(text, "PHÓ BÍ THƯ");
        StringAssert.Contains(text, "Nguyễn Văn An");
        Assert.DoesNotContain("Lục Bình, ngày", text);
    }

    [TestMethod]
    public void Without_concerns_or_attachment_their_sentences_disappear()
    {
        var data = SampleReport.ReadData();
        SampleReport.Rows(data, "du_luan").Clear();
        SampleReport.Info(data).Set("gui_kem", null);

        var text = WordText.Body(SampleReport.Render(data));

        Assert.DoesNotContain("Tuy nhiên, cán bộ, đảng viên và Nhân dân còn băn khoăn", text);
        Assert.DoesNotContain("Gởi kèm", text);
        StringAssert.Contains(text, "đối với Đảng, Nhà nước.\n");
    }

    private static bool InFirstHalf(object? value) =>
        value is DateOnly d && d >= new DateOnly(2024, 1, 1) && d <= new DateOnly(2024, 6, 30);
}
