using LucBinh.Docs.FakeGraph;
using LucBinh.Docs.Publishing.SharePoint;

namespace LucBinh.Docs.Publishing.Tests;

[TestClass]
public sealed class SharePointUploadTests : FakeGraphTest
{
    [TestMethod]
    public async Task Small_report_goes_in_one_PUT_into_created_folders_with_columns_and_link()
    {
        var options = Options(
            ("SharePoint:Folder", "Báo cáo/{{ nam }}/{{ ky_bao_cao }}"),
            ("SharePoint:FileName", "Báo cáo kết quả {{ ky_bao_cao }} năm {{ nam }}"),
            ("SharePoint:Metadata:Nam", "number:{{ nam }}"),
            ("SharePoint:Metadata:Ky_x0020_bao_x0020_cao", "{{ ky_bao_cao }}"),
            ("SharePoint:Metadata:Title", "Báo cáo {{ ky_bao_cao }}"));
        using var store = Store(options);
        var path = Report("bao-cao.docx", 200_000);

        var stored = await store.StoreAsync(store.Plan(ToStore(path)));

        var item = Fake.Find(Drive, "Báo cáo/2025/Quý 1/Báo cáo kết quả Quý 1 năm 2025.docx");
        Assert.IsNotNull(item);
        CollectionAssert.AreEqual(File.ReadAllBytes(path), item.Content);
        Assert.AreEqual("Báo cáo/2025/Quý 1/Báo cáo kết quả Quý 1 năm 2025.docx", stored.Location);
        Assert.IsFalse(stored.AlreadyStored);
        Assert.AreEqual(200_000, stored.Size);
        StringAssert.StartsWith(stored.WebUrl!.AbsoluteUri, "https://contoso.sharepoint.com/sites/DangUy/Shared%20Documents/");
        Assert.AreEqual(2025m, (decimal)((System.Text.Json.Nodes.JsonValue)item.Fields["Nam"]!).GetValue<decimal>());
        Assert.AreEqual("Quý 1", item.Fields["Ky_x0020_bao_x0020_cao"]!.ToString());
        Assert.AreEqual("Báo cáo Quý 1", item.Fields["Title"]!.ToString());
        var link = item.Links.Single();
        Assert.AreEqual(("view", "organization", (bool?)true), (link.Type, link.Scope, link.RetainInheritedPermissions));
        Assert.AreEqual(link.WebUrl, stored.SharingLink!.AbsoluteUri);
        Assert.AreEqual(0, stored.Warnings.Count, string.Join("\n", stored.Warnings));
        Assert.AreEqual(1, Requests("/content?@microsoft.graph.conflictBehavior=rename").Count);
        Assert.AreEqual(0, Fake.Sessions.Count, "a file under the simple-upload limit needs no session");
        Assert.IsTrue(Fake.TokensSeen.Count > 0 && Fake.TokensSeen.All(t => t == Token));
    }

    [TestMethod]
    public async Task Site_and_library_are_resolved_once_for_many_reports()
    {
        using var store = Store(Options(("SharePoint:Folder", "Báo cáo")));
        await store.StoreAsync(store.Plan(ToStore(Report("a.docx", 1000, 1))));
        await store.StoreAsync(store.Plan(ToStore(Report("b.docx", 1000, 2))));

        Assert.AreEqual(1, Requests("GET /v1.0/sites/contoso.sharepoint.com:/sites/DangUy").Count);
        Assert.AreEqual(1, Requests("/drives?").Count);
        Assert.AreEqual(1, Requests("/children").Count, "the folder is created once");
        Assert.IsNotNull(Fake.Find(Drive, "Báo cáo/a.docx"));
        Assert.IsNotNull(Fake.Find(Drive, "Báo cáo/b.docx"));
    }

    [TestMethod]
    public async Task Library_is_found_by_display_name_or_url_segment()
    {
        using var store = Store(Options(("SharePoint:Library", "Bien ban")));
        var stored = await store.StoreAsync(store.Plan(ToStore(Report("a.docx", 1000))));

        Assert.IsNotNull(Fake.Find(Site.Drives[1], "a.docx"));
        Assert.IsNull(Fake.Find(Drive, "a.docx"));
        StringAssert.Contains(stored.WebUrl!.AbsoluteUri, "/Bien%20ban/");
    }

    [TestMethod]
    public async Task Report_over_4_MiB_goes_through_an_upload_session_in_320_KiB_multiples()
    {
        using var store = Store(Options(("SharePoint:Folder", "Lớn")));
        var size = (5 * 1024 * 1024) + 12_345;
        var path = Report("lon.docx", size);
        var reports = new List<StoreProgress>();

        var stored = await store.StoreAsync(store.Plan(ToStore(path)), new SyncProgress(reports.Add));

        CollectionAssert.AreEqual(File.ReadAllBytes(path), Fake.Find(Drive, "Lớn/lon.docx")!.Content);
        var session = Fake.Sessions.Values.Single();
        Assert.AreEqual(SessionState.Committed, session.State);
        Assert.IsTrue(session.FragmentLengths.SkipLast(1).All(l => l == 10 * FakeGraph.FakeGraph.FragmentUnit), string.Join(",", session.FragmentLengths));
        Assert.AreEqual(size, session.FragmentLengths.Sum());
        Assert.AreEqual(size, stored.Size);
        Assert.AreEqual(size, reports[^1].BytesSent);
        Assert.IsTrue(reports.Zip(reports.Skip(1)).All(p => p.First.BytesSent <= p.Second.BytesSent), "progress never goes back");
        Assert.AreEqual(0, Requests("/content?").Count);
    }

    [TestMethod]
    public async Task Dropped_fragment_is_resumed_from_next_expected_ranges()
    {
        Fake.AddFault(new Fault(RouteClass.Upload, FaultAction.Drop) { Method = "PUT", After = 1 });
        using var store = Store(Options());
        var path = Report("lon.docx", 7 * 1024 * 1024);

        await store.StoreAsync(store.Plan(ToStore(path)));

        CollectionAssert.AreEqual(File.ReadAllBytes(path), Fake.Find(Drive, "lon.docx")!.Content);
        Assert.AreEqual(1, Fake.Sessions.Count, "resumed, not restarted");
        Assert.IsTrue(Requests("GET /_upload/").Count >= 1, "status asked before resuming");
    }

    [TestMethod]
    public async Task Lost_acknowledgement_of_a_fragment_is_resumed_without_overlap()
    {
        Fake.AddFault(new Fault(RouteClass.Upload, FaultAction.LostAck) { Method = "PUT", After = 0 });
        using var store = Store(Options());
        var path = Report("lon.docx", 6 * 1024 * 1024);

        await store.StoreAsync(store.Plan(ToStore(path)));

        CollectionAssert.AreEqual(File.ReadAllBytes(path), Fake.Find(Drive, "lon.docx")!.Content);
        Assert.AreEqual(1, Fake.Sessions.Count);
    }

    [TestMethod]
    public async Task Lost_acknowledgement_of_the_final_fragment_does_not_store_twice()
    {
        Fake.AddFault(new Fault(RouteClass.Upload, FaultAction.LostAck) { Method = "PUT", When = r => IsFinalFragment(r) });
        using var store = Store(Options());
        var path = Report("lon.docx", 5 * 1024 * 1024);

        var stored = await store.StoreAsync(store.Plan(ToStore(path)));

        Assert.AreEqual(1, Fake.Files(Drive).Count, string.Join(", ", Fake.Files(Drive).Select(f => f.Name)));
        Assert.AreEqual("lon.docx", stored.Location);
    }

    [TestMethod]
    public async Task Lost_acknowledgement_of_a_simple_upload_does_not_store_twice()
    {
        Fake.AddFault(new Fault(RouteClass.Drive, FaultAction.LostAck) { Method = "PUT" });
        using var store = Store(Options());

        var stored = await store.StoreAsync(store.Plan(ToStore(Report("nho.docx", 5000))));

        Assert.AreEqual(1, Fake.Files(Drive).Count);
        Assert.AreEqual("nho.docx", stored.Location);
    }

    [TestMethod]
    public async Task Expired_session_starts_over_and_the_dead_one_is_not_reused()
    {
        Fake.AddFault(new Fault(RouteClass.Upload, FaultAction.ExpireSession) { Method = "PUT", After = 1 });
        using var store = Store(Options());
        var path = Report("lon.docx", 5 * 1024 * 1024);

        await store.StoreAsync(store.Plan(ToStore(path)));

        CollectionAssert.AreEqual(File.ReadAllBytes(path), Fake.Find(Drive, "lon.docx")!.Content);
        Assert.AreEqual(2, Fake.Sessions.Count);
        Assert.AreEqual(1, Fake.Sessions.Values.Count(s => s.State == SessionState.Committed));
    }

    [TestMethod]
    public async Task Throttling_with_Retry_After_is_honoured_on_simple_upload()
    {
        Fake.AddFault(new Fault(RouteClass.Drive, FaultAction.Status) { Method = "PUT", Status = 429, RetryAfterSeconds = 1 });
        using var store = Store(Options());
        var watch = System.Diagnostics.Stopwatch.StartNew();

        await store.StoreAsync(store.Plan(ToStore(Report("a.docx", 3000))));

        Assert.IsTrue(watch.Elapsed >= TimeSpan.FromSeconds(1), watch.Elapsed.ToString());
        Assert.IsNotNull(Fake.Find(Drive, "a.docx"));
        Assert.AreEqual(3000, Fake.Find(Drive, "a.docx")!.Content.Length, "the retried PUT carried the whole body");
    }

    [TestMethod]
    public async Task Service_unavailable_on_a_fragment_is_retried_after_Retry_After()
    {
        Fake.AddFault(new Fault(RouteClass.Upload, FaultAction.Status) { Method = "PUT", After = 1, Status = 503, RetryAfterSeconds = 1 });
        using var store = Store(Options());
        var path = Report("lon.docx", 5 * 1024 * 1024);

        await store.StoreAsync(store.Plan(ToStore(path)));

        CollectionAssert.AreEqual(File.ReadAllBytes(path), Fake.Find(Drive, "lon.docx")!.Content);
    }

    [TestMethod]
    public async Task Throttling_with_an_HTTP_date_Retry_After_on_site_lookup_is_honoured()
    {
        Fake.AddFault(new Fault(RouteClass.Site, FaultAction.Status) { Status = 503, RetryAfterSeconds = 2, RetryAfterDate = true });
        using var store = Store(Options());

        await store.StoreAsync(store.Plan(ToStore(Report("a.docx", 100))));

        Assert.IsNotNull(Fake.Find(Drive, "a.docx"));
    }

    [TestMethod]
    public async Task Throttled_past_the_retries_is_a_queueable_failure()
    {
        Fake.AddFault(new Fault(RouteClass.Drive, FaultAction.Status) { Method = "PUT", Status = 429, RetryAfterSeconds = 1, Count = 2 });
        using var store = Store(Options(("Graph:MaxRetries", "1")));

        var e = await Assert.ThrowsExactlyAsync<PublishException>(() => store.StoreAsync(store.Plan(ToStore(Report("a.docx", 100)))));

        Assert.AreEqual("PUB102", e.Diagnostic.Code);
        Assert.IsTrue(e.Queueable);
        Assert.AreEqual(0, Fake.Files(Drive).Count);
    }

    [TestMethod]
    public async Task Columns_are_retried_after_resourceModified()
    {
        Fake.AddFault(new Fault(RouteClass.Fields, FaultAction.ResourceModified) { Method = "PATCH" });
        using var store = Store(Options(("SharePoint:Metadata:Title", "Báo cáo {{ nam }}")));

        var stored = await store.StoreAsync(store.Plan(ToStore(Report("a.docx", 100))));

        Assert.AreEqual("Báo cáo 2025", Fake.Find(Drive, "a.docx")!.Fields["Title"]!.ToString());
        Assert.AreEqual(0, stored.Warnings.Count);
    }

    [TestMethod]
    public async Task Simple_upload_is_retried_after_resourceModified_and_locked()
    {
        Fake.AddFault(new Fault(RouteClass.Drive, FaultAction.Status) { Method = "PUT", Status = 409 });
        Fake.AddFault(new Fault(RouteClass.Drive, FaultAction.Status) { Method = "PUT", Status = 423 });
        using var store = Store(Options());

        await store.StoreAsync(store.Plan(ToStore(Report("a.docx", 100))));

        Assert.AreEqual(100, Fake.Find(Drive, "a.docx")!.Content.Length);
        Assert.AreEqual(3, Requests("PUT /v1.0/drives/").Count);
    }

    [TestMethod]
    public async Task Unknown_column_is_a_warning_and_the_document_is_stored()
    {
        using var store = Store(Options(("SharePoint:Metadata:KhongCo", "x")));

        var stored = await store.StoreAsync(store.Plan(ToStore(Report("a.docx", 100))));

        Assert.IsNotNull(Fake.Find(Drive, "a.docx"));
        Assert.AreEqual("PUB113", stored.Warnings.Single().Code);
        StringAssert.Contains(stored.Warnings[0].Message(), "KhongCo");
    }

    [TestMethod]
    public async Task Edit_link_and_no_link()
    {
        using (var edit = Store(Options(("SharePoint:Link", "organization-edit"))))
        {
            var stored = await edit.StoreAsync(edit.Plan(ToStore(Report("a.docx", 100, 1))));
            Assert.AreEqual("edit", Fake.Find(Drive, "a.docx")!.Links.Single().Type);
            Assert.IsNotNull(stored.SharingLink);
        }

        using var none = Store(Options(("SharePoint:Link", "none")));
        var plain = await none.StoreAsync(none.Plan(ToStore(Report("b.docx", 100, 2))));
        Assert.AreEqual(0, Fake.Find(Drive, "b.docx")!.Links.Count);
        Assert.IsNull(plain.SharingLink);
        Assert.AreEqual(0, Requests("createLink").Count(r => r.Contains("b.docx", StringComparison.Ordinal)));
    }

    [TestMethod]
    public async Task Pdf_rendition_is_stored_beside_the_document()
    {
        using var store = Store(Options(("SharePoint:Pdf", "true"), ("SharePoint:Folder", "PDF")));

        var stored = await store.StoreAsync(store.Plan(ToStore(Report("bao-cao.docx", 100))));

        var pdf = Fake.Find(Drive, "PDF/bao-cao.pdf");
        Assert.IsNotNull(pdf);
        StringAssert.StartsWith(System.Text.Encoding.ASCII.GetString(pdf.Content), "%PDF-");
        Assert.AreEqual("PDF/bao-cao.pdf", stored.Pdf!.Location);
    }

    [TestMethod]
    public async Task Unauthorised_is_a_queueable_sign_in_failure()
    {
        Fake.AddFault(new Fault(RouteClass.Site, FaultAction.Status) { Status = 401 });
        using var store = Store(Options());

        var e = await Assert.ThrowsExactlyAsync<PublishException>(() => store.StoreAsync(store.Plan(ToStore(Report("a.docx", 100)))));

        Assert.AreEqual("PUB104", e.Diagnostic.Code);
        Assert.IsTrue(e.Queueable);
    }

    [TestMethod]
    public async Task Unknown_site_and_library_are_final_failures_naming_the_setting()
    {
        using (var wrongSite = Store(Options(("SharePoint:SiteUrl", "https://contoso.sharepoint.com/sites/KhongCo"))))
        {
            var e = await Assert.ThrowsExactlyAsync<PublishException>(() => wrongSite.StoreAsync(wrongSite.Plan(ToStore(Report("a.docx", 100)))));
            Assert.AreEqual("PUB106", e.Diagnostic.Code);
            Assert.IsFalse(e.Queueable);
        }

        using var wrongLibrary = Store(Options(("SharePoint:Library", "Tài liệu khác")));
        var f = await Assert.ThrowsExactlyAsync<PublishException>(() => wrongLibrary.StoreAsync(wrongLibrary.Plan(ToStore(Report("b.docx", 100)))));
        Assert.AreEqual("PUB107", f.Diagnostic.Code);
        StringAssert.Contains(f.Diagnostic.Message(), "«Documents»");
        StringAssert.Contains(f.Diagnostic.Message(), "«Biên bản»");
    }

    internal static bool IsFinalFragment(FakeRequest r) =>
        r.Headers.TryGetValue("Content-Range", out var range)
        && range.Split('/') is [var span, var total]
        && long.Parse(span.Split('-')[1], System.Globalization.CultureInfo.InvariantCulture) + 1 == long.Parse(total, System.Globalization.CultureInfo.InvariantCulture);

    private sealed class SyncProgress(Action<StoreProgress> report) : IProgress<StoreProgress>
    {
        public void Report(StoreProgress value) => report(value);
    }
}
