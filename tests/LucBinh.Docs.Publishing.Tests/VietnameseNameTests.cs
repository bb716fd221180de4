using System.Text;
using LucBinh.Docs.Data;

namespace LucBinh.Docs.Publishing.Tests;

[TestClass]
public sealed class VietnameseNameTests : FakeGraphTest
{
    [TestMethod]
    public async Task Forbidden_characters_are_replaced_and_Vietnamese_is_kept_in_NFC()
    {
        using var store = Store(Options(
            ("SharePoint:Folder", "Đảng ủy xã: {{ ky_bao_cao }}"),
            ("SharePoint:FileName", "Báo cáo: {{ ky_bao_cao }}/{{ nam }}?")));
        var data = new DataRecord().Set("nam", 2025m).Set("ky_bao_cao", "Quý 1".Normalize(NormalizationForm.FormD));

        var plan = store.Plan(new ReportToStore(Report("x.docx", 1000), data));
        var stored = await store.StoreAsync(plan);

        Assert.AreEqual(Nfc("Đảng ủy xã- Quý 1/Báo cáo- Quý 1-2025.docx"), stored.Location);
        var item = Fake.Find(Drive, Nfc("Đảng ủy xã- Quý 1/Báo cáo- Quý 1-2025.docx"));
        Assert.IsNotNull(item);
        Assert.IsTrue(item.Name.IsNormalized(NormalizationForm.FormC));
        Assert.IsTrue(item.Parent!.Name.IsNormalized(NormalizationForm.FormC));
        CollectionAssert.AreEquivalent(new[] { "PUB115", "PUB115" }, stored.Warnings.Select(w => w.Code).ToArray());
        StringAssert.Contains(stored.Warnings[1].Message(), "Báo cáo- Quý 1-2025.docx");
    }

    [TestMethod]
    public async Task A_percent_sequence_in_a_name_reaches_SharePoint_literally_in_both_upload_paths()
    {
        // ItemWithPath does not re-escape a valid %XX (graph-notes §9): unescaped, "%20" would arrive as a space.
        using var store = Store(Options(("SharePoint:FileName", "Tỷ lệ 100%20 và 5%2F {{ nam }}")));
        var small = await store.StoreAsync(store.Plan(ToStore(Report("a.docx", 1000, 1))));
        using var large = Store(Options(("SharePoint:FileName", "Tỷ lệ lớn 7%41 {{ nam }}")));
        var big = await large.StoreAsync(large.Plan(ToStore(Report("b.docx", 5 * 1024 * 1024, 2))));

        Assert.AreEqual("Tỷ lệ 100%20 và 5%2F 2025.docx", small.Location);
        Assert.IsNotNull(Fake.Find(Drive, "Tỷ lệ 100%20 và 5%2F 2025.docx"));
        Assert.AreEqual("Tỷ lệ lớn 7%41 2025.docx", big.Location);
        Assert.IsNotNull(Fake.Find(Drive, "Tỷ lệ lớn 7%41 2025.docx"));
    }

    [TestMethod]
    public async Task A_name_that_would_pass_400_characters_is_shortened_keeping_its_extension()
    {
        var folder = string.Join('/', Enumerable.Repeat("Thư mục báo cáo tổng hợp của Đảng ủy xã", 8));
        using var store = Store(Options(("SharePoint:Folder", folder), ("SharePoint:FileName", new string('ả', 200))));

        var stored = await store.StoreAsync(store.Plan(ToStore(Report("a.docx", 100))));

        var serverPath = "/sites/DangUy/Shared Documents/" + stored.Location;
        Assert.IsTrue(serverPath.Length <= 400, serverPath.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.IsTrue(stored.Location.EndsWith(".docx", StringComparison.Ordinal));
        Assert.IsTrue(stored.Warnings.Any(w => w.Code == "PUB115"));
    }

    [TestMethod]
    public async Task A_folder_path_too_long_for_any_name_is_refused_naming_the_settings()
    {
        var folder = string.Join('/', Enumerable.Repeat("Thư mục báo cáo tổng hợp của Đảng ủy xã Lục Bình", 8));
        using var store = Store(Options(("SharePoint:Folder", folder)));

        var e = await Assert.ThrowsExactlyAsync<PublishException>(() => store.StoreAsync(store.Plan(ToStore(Report("a.docx", 100)))));

        Assert.AreEqual("PUB110", e.Diagnostic.Code);
        Assert.IsFalse(e.Queueable);
        StringAssert.Contains(e.Diagnostic.Message(), "SharePoint:Folder");
    }
}
