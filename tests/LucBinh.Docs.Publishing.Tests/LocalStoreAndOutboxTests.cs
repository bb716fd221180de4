using System.Text.Json;
using LucBinh.Docs.Data;
using LucBinh.Docs.Publishing.Outbox;

namespace LucBinh.Docs.Publishing.Tests;

[TestClass]
public sealed class LocalStoreAndOutboxTests
{
    private string _temp = null!;

    [TestInitialize]
    public void Create()
    {
        _temp = Path.Combine(Path.GetTempPath(), "lucbinh-local-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_temp);
    }

    [TestCleanup]
    public void Remove() => Directory.Delete(_temp, recursive: true);

    [TestMethod]
    public async Task Without_configuration_the_report_stays_where_it_was_written()
    {
        var path = Write("bao-cao.docx", [1, 2, 3]);
        var store = new LocalFolderStore();

        var stored = await store.StoreAsync(store.Plan(new ReportToStore(path, new DataRecord())));

        Assert.AreEqual(path, stored.Location);
        Assert.AreEqual(new Uri(path), stored.WebUrl);
        Assert.AreEqual(1, Directory.GetFiles(_temp).Length);
    }

    [TestMethod]
    public async Task With_a_root_reports_are_copied_by_Liquid_names_and_never_duplicated()
    {
        var root = Path.Combine(_temp, "kho");
        var store = new LocalFolderStore(root, "{{ nam }}/{{ ky }}", "Báo cáo: {{ ky }}");
        var data = new DataRecord().Set("nam", 2025m).Set("ky", "Quý 2");
        var path = Write("x.docx", [1, 2, 3]);

        var first = await store.StoreAsync(store.Plan(new ReportToStore(path, data)));
        var again = await store.StoreAsync(store.Plan(new ReportToStore(path, data)));
        File.WriteAllBytes(path, [9]);
        var other = await store.StoreAsync(store.Plan(new ReportToStore(path, data)));

        Assert.AreEqual(Path.Combine(root, "2025", "Quý 2", "Báo cáo- Quý 2.docx"), first.Location);
        Assert.IsTrue(again.AlreadyStored);
        Assert.AreEqual(Path.Combine(root, "2025", "Quý 2", "Báo cáo- Quý 2 1.docx"), other.Location);
        Assert.AreEqual("PUB115", first.Warnings.Single().Code);
    }

    [TestMethod]
    public async Task Fail_refuses_and_replace_overwrites()
    {
        var root = Path.Combine(_temp, "kho");
        var path = Write("x.docx", [1]);
        await new LocalFolderStore(root).StoreAsync(new LocalFolderStore(root).Plan(new ReportToStore(path, new DataRecord())));
        File.WriteAllBytes(path, [2]);

        var fail = new LocalFolderStore(root, conflict: ConflictBehavior.Fail);
        var e = await Assert.ThrowsExactlyAsync<PublishException>(() => fail.StoreAsync(fail.Plan(new ReportToStore(path, new DataRecord()))));
        Assert.AreEqual("PUB108", e.Diagnostic.Code);

        var replace = new LocalFolderStore(root, conflict: ConflictBehavior.Replace);
        await replace.StoreAsync(replace.Plan(new ReportToStore(path, new DataRecord())));
        CollectionAssert.AreEqual(new byte[] { 2 }, File.ReadAllBytes(Path.Combine(root, "x.docx")));
    }

    [TestMethod]
    public void Liquid_name_that_renders_empty_is_an_input_error_naming_the_setting()
    {
        var store = new LocalFolderStore(_temp, fileName: "{{ khong_co }}");

        var e = Assert.ThrowsExactly<Diagnostics.LucBinhException>(() => store.Plan(new ReportToStore(Write("x.docx", [1]), new DataRecord())));

        Assert.AreEqual("PUB007", e.Diagnostics[0].Code);
        StringAssert.Contains(e.Diagnostics[0].Message(), "Local:FileName");
    }

    [TestMethod]
    public void Outbox_keeps_a_copy_and_a_readable_manifest_and_one_entry_per_report()
    {
        var outbox = new ReportOutbox(Path.Combine(_temp, "outbox"));
        var source = Write("Báo cáo.docx", [1, 2, 3]);
        var plan = new LocalFolderStore().Plan(new ReportToStore(source, new DataRecord())) with
        {
            Store = "sharepoint",
            Folder = "Báo cáo/2025",
            SharePoint = new SharePointPlan { Metadata = new Dictionary<string, string> { ["Title"] = "Quý 1" } },
        };
        var reason = PublishingDiagnostics.Error("PUB101", "offline");

        var entry = outbox.Add(plan, reason, out var already);
        outbox.Add(plan, reason, out var second);
        File.Delete(source);

        Assert.IsFalse(already);
        Assert.IsTrue(second);
        var pending = outbox.Pending().Single();
        Assert.AreEqual(entry.Directory, pending.Directory);
        Assert.AreEqual(2, pending.Manifest.Attempts);
        CollectionAssert.AreEqual(new byte[] { 1, 2, 3 }, File.ReadAllBytes(pending.Manifest.Plan.SourcePath));
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(entry.Directory, ReportOutbox.ManifestName)));
        Assert.AreEqual("Báo cáo/2025", manifest.RootElement.GetProperty("plan").GetProperty("folder").GetString());
        Assert.AreEqual("rename", manifest.RootElement.GetProperty("plan").GetProperty("conflictBehavior").GetString());
        StringAssert.StartsWith(manifest.RootElement.GetProperty("lastError").GetString(), "PUB101");
        StringAssert.Contains(File.ReadAllText(Path.Combine(entry.Directory, ReportOutbox.ManifestName)), "Quý 1");

        outbox.Complete(pending);
        Assert.AreEqual(0, outbox.Pending().Count);
    }

    [TestMethod]
    public void A_damaged_manifest_is_skipped_with_a_warning()
    {
        var outbox = new ReportOutbox(Path.Combine(_temp, "outbox"));
        var broken = Directory.CreateDirectory(Path.Combine(outbox.Folder, "20250101-000000-abc")).FullName;
        File.WriteAllText(Path.Combine(broken, ReportOutbox.ManifestName), "{ not json");
        var warnings = new List<Diagnostics.Diagnostic>();

        Assert.AreEqual(0, outbox.Pending(warnings).Count);
        Assert.AreEqual("PUB203", warnings.Single().Code);
    }

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_temp, name);
        File.WriteAllBytes(path, content);
        return path;
    }
}

[TestClass]
public sealed class PublishTextTests
{
    [TestMethod]
    public void Stored_report_lines_give_the_address_and_the_link_in_either_language()
    {
        var stored = new StoredReport("sharepoint", "Báo cáo/2025/a.docx", new Uri("https://contoso.sharepoint.com/sites/DangUy/Shared%20Documents/B%C3%A1o%20c%C3%A1o/2025/a.docx"),
            new Uri("https://contoso.sharepoint.com/:w:/s/DangUy/Eabc"), 10, false, []);
        var outcome = new PublishOutcome(PublishStatus.Stored, null, stored, []);

        var vi = PublishText.Describe(outcome, Localization.UiLanguage.Vietnamese);
        var en = PublishText.Describe(outcome, Localization.UiLanguage.English);

        Assert.AreEqual("Đã lưu «Báo cáo/2025/a.docx»: Báo cáo/2025/a.docx", vi[0]);
        Assert.AreEqual("Địa chỉ tài liệu: https://contoso.sharepoint.com/sites/DangUy/Shared%20Documents/B%C3%A1o%20c%C3%A1o/2025/a.docx", vi[1]);
        Assert.AreEqual("Liên kết chia sẻ: https://contoso.sharepoint.com/:w:/s/DangUy/Eabc", vi[2]);
        Assert.AreEqual("Sharing link: https://contoso.sharepoint.com/:w:/s/DangUy/Eabc", en[2]);
        Assert.AreEqual("Đang tải lên «a.docx»: 50% (2.560 / 5.120 KB)", PublishText.Progress(new StoreProgress("a.docx", 2560 * 1024, 5120 * 1024), Localization.UiLanguage.Vietnamese));
    }
}
