using System.Text.Json.Nodes;
using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Publishing.Outbox;

namespace LucBinh.Docs.Publishing.Tests;

/// <summary>
/// The outbox reads its manifests back from a folder others may write: a report file outside the entry (path
/// traversal, an absolute path), a target folder or name leaving the store, or an upload session on a foreign host is
/// refused or dropped, and nothing outside the outbox is read or written.
/// </summary>
[TestClass]
public sealed class OutboxManifestTamperingTests
{
    private string _temp = null!;

    [TestInitialize]
    public void Create()
    {
        _temp = Path.Combine(Path.GetTempPath(), "lucbinh-tamper-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_temp);
    }

    [TestCleanup]
    public void Remove() => Directory.Delete(_temp, recursive: true);

    /// <summary>An entry queued the normal way, then its manifest edited by <paramref name="edit"/>.</summary>
    private (ReportOutbox Outbox, string Entry) Tampered(Action<JsonObject> edit, IReadOnlyList<Uri>? uploadHosts = null)
    {
        var outbox = new ReportOutbox(Path.Combine(_temp, "outbox"), uploadHosts: uploadHosts);
        var source = Path.Combine(_temp, "Báo cáo.docx");
        File.WriteAllBytes(source, [1, 2, 3]);
        var plan = new LocalFolderStore().Plan(new ReportToStore(source, new DataRecord())) with { Store = "local", Folder = "2025" };
        var entry = outbox.Add(plan, PublishingDiagnostics.Error("PUB101", "offline"), out _);
        var manifestPath = Path.Combine(entry.Directory, ReportOutbox.ManifestName);
        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!.AsObject();
        edit(manifest);
        File.WriteAllText(manifestPath, manifest.ToJsonString());
        return (outbox, entry.Directory);
    }

    [TestMethod]
    [DataRow("../../etc/passwd")]
    [DataRow("../secret.docx")]
    [DataRow("/etc/passwd")]
    [DataRow("sub/inner.docx")]
    [DataRow("..")]
    [DataRow("")]
    public void A_content_file_outside_the_entry_is_refused_and_not_read(string contentFile)
    {
        // A file the traversal would reach, outside the outbox: it must never become the report to send.
        File.WriteAllBytes(Path.Combine(_temp, "secret.docx"), [6, 6, 6]);
        var (outbox, entry) = Tampered(m => m["contentFile"] = contentFile);
        var warnings = new List<Diagnostic>();

        var pending = outbox.Pending(warnings);

        Assert.IsEmpty(pending);
        Assert.AreEqual("PUB203", warnings.Single().Code);
        StringAssert.Contains(warnings.Single().Message(Localization.UiLanguage.English), "contentFile");
        Assert.IsTrue(Directory.Exists(entry), "the entry is left for a person to look at");
    }

    [TestMethod]
    [DataRow("folder", "../../escaped")]
    [DataRow("folder", "/etc")]
    [DataRow("folder", "2025/../../..")]
    [DataRow("fileName", "../escaped.docx")]
    [DataRow("fileName", "/tmp/escaped.docx")]
    public void A_target_outside_the_store_is_refused_and_nothing_is_written_outside(string field, string value)
    {
        var (outbox, _) = Tampered(m => m["plan"]![field] = value);
        var warnings = new List<Diagnostic>();
        var root = Path.Combine(_temp, "kho");
        var publisher = new ReportPublisher(new LocalFolderStore(root), outbox);

        var pending = outbox.Pending(warnings);
        var outcomes = publisher.PublishPendingAsync().GetAwaiter().GetResult();

        Assert.IsEmpty(pending);
        Assert.AreEqual("PUB203", warnings.Single().Code);
        Assert.IsTrue(outcomes.All(o => !o.Succeeded));
        Assert.IsFalse(Directory.Exists(Path.Combine(_temp, "escaped")) || File.Exists(Path.Combine(_temp, "escaped.docx")) || File.Exists("/tmp/escaped.docx"));
        Assert.IsFalse(Directory.Exists(root) && Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Any());
    }

    [TestMethod]
    public async Task A_local_store_refuses_a_plan_that_leaves_its_root_even_without_the_outbox()
    {
        var root = Path.Combine(_temp, "kho");
        var source = Path.Combine(_temp, "a.docx");
        File.WriteAllBytes(source, [1]);
        var store = new LocalFolderStore(root);
        var plan = store.Plan(new ReportToStore(source, new DataRecord())) with { Folder = "../outside" };

        var e = await Assert.ThrowsExactlyAsync<PublishException>(() => store.StoreAsync(plan));

        Assert.IsFalse(e.Queueable);
        Assert.IsFalse(Directory.Exists(Path.Combine(_temp, "outside")));
    }

    [TestMethod]
    [DataRow("https://attacker.example/upload/abc", null)]
    [DataRow("http://contoso.sharepoint.com/upload/abc", null)]
    [DataRow("https://user:pw@contoso.sharepoint.com/upload/abc", null)]
    [DataRow("file:///etc/passwd", null)]
    [DataRow("not a url", null)]
    [DataRow("https://contoso.sharepoint.com/sites/DangUy/_api/v2.0/drives/b!x/items/y/uploadSession?guid=1", "kept")]
    [DataRow("https://graph.microsoft.com/v1.0/upload/abc", "kept")]
    public void A_resume_url_is_kept_only_on_the_expected_sharepoint_or_graph_host(string url, string? kept)
    {
        Uri[] hosts = [new("https://contoso.sharepoint.com/sites/DangUy"), new("https://graph.microsoft.com/v1.0")];
        var (outbox, _) = Tampered(m => m["plan"]!["resumeUploadUrl"] = url, hosts);

        var entry = outbox.Pending().Single();

        Assert.AreEqual(kept is null ? null : url, entry.Manifest.Plan.ResumeUploadUrl);
    }

    [TestMethod]
    public void A_local_test_server_is_trusted_only_at_its_exact_address()
    {
        Uri[] hosts = [new("http://127.0.0.1:5123/v1.0")];

        Assert.AreEqual("http://127.0.0.1:5123/upload/1", OutboxManifestRules.TrustedUploadUrl("http://127.0.0.1:5123/upload/1", hosts));
        Assert.IsNull(OutboxManifestRules.TrustedUploadUrl("http://127.0.0.1:6000/upload/1", hosts));
        Assert.IsNull(OutboxManifestRules.TrustedUploadUrl("http://localhost:5123/upload/1", hosts));
    }

    [TestMethod]
    public void An_untouched_entry_is_still_read()
    {
        var (outbox, _) = Tampered(_ => { });

        var entry = outbox.Pending().Single();

        CollectionAssert.AreEqual(new byte[] { 1, 2, 3 }, File.ReadAllBytes(entry.Manifest.Plan.SourcePath));
        StringAssert.StartsWith(entry.Manifest.Plan.SourcePath, outbox.Folder);
    }
}

/// <summary>A publisher that could never send a queued report (the web host on behalf of the user) keeps none.</summary>
[TestClass]
public sealed class PublisherWithoutOutboxTests
{
    [TestMethod]
    public async Task A_failure_that_would_be_queued_fails_with_PUB207_and_leaves_the_outbox_empty()
    {
        var temp = Path.Combine(Path.GetTempPath(), "lucbinh-noqueue-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(temp);
        try
        {
            var source = Path.Combine(temp, "a.docx");
            File.WriteAllBytes(source, [1, 2]);
            var blocked = Path.Combine(temp, "blocked");
            File.WriteAllText(blocked, "a file where the store's folder should be");
            var outbox = new ReportOutbox(Path.Combine(temp, "outbox"));
            var publisher = new ReportPublisher(new LocalFolderStore(Path.Combine(blocked, "kho")), outbox) { KeepFailuresInOutbox = false };

            var outcome = await publisher.PublishAsync(new ReportToStore(source, new DataRecord()));

            Assert.AreEqual(PublishStatus.Failed, outcome.Status);
            CollectionAssert.Contains(outcome.Diagnostics.Select(d => d.Code).ToList(), "PUB207");
            Assert.IsEmpty(outbox.Pending());
            Assert.IsFalse(Directory.Exists(outbox.Folder));
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }
}
