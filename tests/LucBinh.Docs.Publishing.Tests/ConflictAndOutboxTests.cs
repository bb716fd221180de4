using LucBinh.Docs.FakeGraph;
using LucBinh.Docs.Publishing.Outbox;

namespace LucBinh.Docs.Publishing.Tests;

[TestClass]
public sealed class ConflictAndOutboxTests : FakeGraphTest
{
    [TestMethod]
    public async Task Same_name_and_same_content_is_already_stored_and_nothing_is_sent()
    {
        using var store = Store(Options(("SharePoint:ConflictBehavior", "fail")));
        var path = Report("a.docx", 2000);
        await store.StoreAsync(store.Plan(ToStore(path)));
        var puts = Requests("/content?").Count;

        var again = await store.StoreAsync(store.Plan(ToStore(path)));

        Assert.IsTrue(again.AlreadyStored);
        Assert.AreEqual(puts, Requests("/content?").Count, "no second upload");
        Assert.AreEqual(1, Fake.Files(Drive).Count);
        Assert.AreEqual(1, Fake.Find(Drive, "a.docx")!.Version, "no new version either");
    }

    [TestMethod]
    public async Task Rename_keeps_the_other_file_and_adds_a_number()
    {
        using var store = Store(Options());
        await store.StoreAsync(store.Plan(ToStore(Report("a.docx", 2000, 1))));
        File.WriteAllBytes(Path.Combine(Temp, "a.docx"), [1, 2, 3]);

        var second = await store.StoreAsync(store.Plan(ToStore(Path.Combine(Temp, "a.docx"))));

        Assert.AreEqual("a 1.docx", second.Location);
        CollectionAssert.AreEqual(new byte[] { 1, 2, 3 }, Fake.Find(Drive, "a 1.docx")!.Content);
        Assert.AreEqual(2000, Fake.Find(Drive, "a.docx")!.Content.Length);
    }

    [TestMethod]
    public async Task Replace_makes_a_new_version_of_the_same_file()
    {
        using var store = Store(Options(("SharePoint:ConflictBehavior", "replace")));
        await store.StoreAsync(store.Plan(ToStore(Report("a.docx", 2000, 1))));
        var id = Fake.Find(Drive, "a.docx")!.Id;
        File.WriteAllBytes(Path.Combine(Temp, "a.docx"), [1, 2, 3]);

        await store.StoreAsync(store.Plan(ToStore(Path.Combine(Temp, "a.docx"))));

        var item = Fake.Find(Drive, "a.docx")!;
        Assert.AreEqual(id, item.Id);
        Assert.AreEqual(2, item.ContentVersion);
        CollectionAssert.AreEqual(new byte[] { 1, 2, 3 }, item.Content);
        Assert.AreEqual(1, Fake.Files(Drive).Count);
    }

    [TestMethod]
    public async Task Fail_refuses_a_different_file_and_is_not_queued()
    {
        var options = Options(("SharePoint:ConflictBehavior", "fail"));
        using var store = Store(options);
        await store.StoreAsync(store.Plan(ToStore(Report("a.docx", 2000, 1))));
        File.WriteAllBytes(Path.Combine(Temp, "a.docx"), [1, 2, 3]);
        var publisher = new ReportPublisher(store, new ReportOutbox(options.OutboxFolder));

        var outcome = await publisher.PublishAsync(ToStore(Path.Combine(Temp, "a.docx")));

        Assert.AreEqual(PublishStatus.Failed, outcome.Status);
        Assert.AreEqual("PUB108", outcome.Diagnostics[0].Code);
        Assert.AreEqual(0, publisher.Outbox.Pending().Count);
        Assert.AreEqual(2000, Fake.Find(Drive, "a.docx")!.Content.Length);
    }

    [TestMethod]
    public async Task Conflict_at_commit_of_a_session_is_resolved_by_the_chosen_behaviour()
    {
        Fake.AddFault(new Fault(RouteClass.Upload, FaultAction.ConflictAtCommit) { Method = "PUT", When = SharePointUploadTests.IsFinalFragment });
        using var store = Store(Options());
        var path = Report("lon.docx", 5 * 1024 * 1024);

        var stored = await store.StoreAsync(store.Plan(ToStore(path)));

        CollectionAssert.AreEqual(File.ReadAllBytes(path), Fake.Find(Drive, stored.Location)!.Content);
        Assert.AreEqual(1, Fake.Files(Drive).Count);
    }

    [TestMethod]
    public async Task Conflict_at_commit_that_persists_abandons_the_session_and_starts_a_new_one()
    {
        // The SDK retries a failed slice once; both attempts meet the conflict, so the store takes over.
        Fake.AddFault(new Fault(RouteClass.Upload, FaultAction.ConflictAtCommit) { Method = "PUT", Count = 2, When = SharePointUploadTests.IsFinalFragment });
        using var store = Store(Options());
        var path = Report("lon.docx", 5 * 1024 * 1024);

        var stored = await store.StoreAsync(store.Plan(ToStore(path)));

        CollectionAssert.AreEqual(File.ReadAllBytes(path), Fake.Find(Drive, stored.Location)!.Content);
        CollectionAssert.AreEquivalent(new[] { SessionState.Deleted, SessionState.Committed }, Fake.Sessions.Values.Select(s => s.State).ToArray());
    }

    [TestMethod]
    public async Task Conflict_at_commit_with_fail_is_final_and_the_session_is_deleted()
    {
        Fake.AddFault(new Fault(RouteClass.Upload, FaultAction.ConflictAtCommit) { Method = "PUT", Count = 2, When = SharePointUploadTests.IsFinalFragment });
        using var store = Store(Options(("SharePoint:ConflictBehavior", "fail")));

        var e = await Assert.ThrowsExactlyAsync<PublishException>(() => store.StoreAsync(store.Plan(ToStore(Report("lon.docx", 5 * 1024 * 1024)))));

        Assert.AreEqual("PUB108", e.Diagnostic.Code);
        Assert.IsFalse(e.Queueable);
        Assert.AreEqual(SessionState.Deleted, Fake.Sessions.Values.Single().State);
    }

    [TestMethod]
    public async Task Offline_report_waits_in_the_outbox_and_is_stored_once_when_back()
    {
        var options = Options(("SharePoint:Folder", "Báo cáo/{{ nam }}"));
        using var store = Store(options);
        var publisher = new ReportPublisher(store, new ReportOutbox(options.OutboxFolder));
        var path = Report("bao-cao.docx", 3000);
        Fake.Offline = true;

        var queued = await publisher.PublishAsync(ToStore(path));
        var again = await publisher.PublishAsync(ToStore(path));

        Assert.AreEqual(PublishStatus.Queued, queued.Status);
        CollectionAssert.AreEqual(new[] { "PUB101", "PUB201" }, queued.Diagnostics.Select(d => d.Code).ToArray());
        StringAssert.Contains(queued.Diagnostics[1].Message(), "lucbinh-docs publish --pending");
        Assert.AreEqual("PUB204", again.Diagnostics[1].Code, "the same report is not queued twice");
        var entry = publisher.Outbox.Pending().Single();
        Assert.AreEqual(("Báo cáo/2025", "bao-cao.docx"), (entry.Manifest.Plan.Folder, entry.Manifest.Plan.FileName));
        Assert.AreEqual(2, entry.Manifest.Attempts);
        File.Delete(path); // the outbox holds its own copy

        Fake.Offline = false;
        var retried = await publisher.PublishPendingAsync();

        Assert.AreEqual(PublishStatus.Stored, retried.Single().Status);
        Assert.AreEqual(0, publisher.Outbox.Pending().Count);
        Assert.AreEqual(3000, Fake.Find(Drive, "Báo cáo/2025/bao-cao.docx")!.Content.Length);
        var none = await publisher.PublishPendingAsync();
        Assert.AreEqual(0, none.Count);
        Assert.AreEqual(1, Fake.Files(Drive).Count);
    }

    [TestMethod]
    public async Task Connection_lost_mid_upload_keeps_the_session_and_the_retry_resumes_it()
    {
        // The line dies while the third fragment is on its way, and stays down.
        Fake.AddFault(new Fault(RouteClass.Upload, FaultAction.Drop)
        {
            Method = "PUT",
            When = r => r.Headers.TryGetValue("Content-Range", out var range) && range.StartsWith($"bytes {2 * 10 * FakeGraph.FakeGraph.FragmentUnit}-", StringComparison.Ordinal) && GoOffline(),
        });
        var options = Options();
        using var store = Store(options);
        var publisher = new ReportPublisher(store, new ReportOutbox(options.OutboxFolder));
        var path = Report("lon.docx", 9 * 1024 * 1024);

        var queued = await publisher.PublishAsync(ToStore(path));

        Assert.AreEqual(PublishStatus.Queued, queued.Status, string.Join("\n", queued.Diagnostics));
        var entry = publisher.Outbox.Pending().Single();
        Assert.IsNotNull(entry.Manifest.Plan.ResumeUploadUrl, "the open session is remembered");
        Assert.AreEqual(2 * 10 * FakeGraph.FakeGraph.FragmentUnit, Fake.Sessions.Values.Single().ReceivedBytes);

        Fake.Offline = false;
        var retried = await publisher.PublishPendingAsync();

        Assert.AreEqual(PublishStatus.Stored, retried.Single().Status, string.Join("\n", retried.Single().Diagnostics));
        Assert.AreEqual(1, Fake.Sessions.Count, "the same session was resumed");
        Assert.AreEqual(SessionState.Committed, Fake.Sessions.Values.Single().State);
        CollectionAssert.AreEqual(File.ReadAllBytes(path), Fake.Find(Drive, "lon.docx")!.Content);
        Assert.AreEqual(0, publisher.Outbox.Pending().Count);
    }

    [TestMethod]
    public async Task After_an_offline_failure_the_other_pending_reports_are_not_tried()
    {
        var options = Options();
        using var store = Store(options);
        var publisher = new ReportPublisher(store, new ReportOutbox(options.OutboxFolder));
        Fake.Offline = true;
        await publisher.PublishAsync(ToStore(Report("a.docx", 100, 1)));
        await publisher.PublishAsync(ToStore(Report("b.docx", 100, 2)));

        var outcomes = await publisher.PublishPendingAsync();

        CollectionAssert.AreEqual(new[] { PublishStatus.Queued, PublishStatus.NotTried }, outcomes.Select(o => o.Status).ToArray());
        Assert.AreEqual("PUB205", outcomes[1].Diagnostics[0].Code);
        Assert.AreEqual(2, publisher.Outbox.Pending().Count);
        Fake.Offline = false;
        Assert.IsTrue((await publisher.PublishPendingAsync()).All(o => o.Status == PublishStatus.Stored));
        Assert.AreEqual(2, Fake.Files(Drive).Count);
    }

    [TestMethod]
    public async Task Report_stored_before_its_acknowledgement_was_lost_is_not_duplicated_by_the_retry()
    {
        // Stored on the service, but the office went offline before the answer came back.
        Fake.AddFault(new Fault(RouteClass.Drive, FaultAction.LostAck) { Method = "PUT", When = _ => GoOffline() });
        var options = Options();
        using var store = Store(options);
        var publisher = new ReportPublisher(store, new ReportOutbox(options.OutboxFolder));

        var queued = await publisher.PublishAsync(ToStore(Report("a.docx", 100)));
        Assert.AreEqual(PublishStatus.Queued, queued.Status);
        Fake.Offline = false;
        var retried = await publisher.PublishPendingAsync();

        Assert.AreEqual(PublishStatus.AlreadyStored, retried.Single().Status);
        Assert.AreEqual(1, Fake.Files(Drive).Count);
        Assert.AreEqual(1, Fake.Find(Drive, "a.docx")!.Links.Count, "the link was still made");
    }

    private bool GoOffline()
    {
        Fake.Offline = true;
        return true;
    }
}
