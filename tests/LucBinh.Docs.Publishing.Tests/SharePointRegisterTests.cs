using System.Globalization;
using LucBinh.Docs.FakeGraph;
using LucBinh.Docs.Publishing.Auth;
using LucBinh.Docs.Publishing.Register;
using LucBinh.Docs.Publishing.SharePoint;
using Microsoft.Extensions.Configuration;

namespace LucBinh.Docs.Publishing.Tests;

/// <summary>
/// The register of outgoing documents as a SharePoint list, against the fake Graph's lists (graph-notes §12): numbers
/// are never lost or given twice when several clients take them at once, including when SharePoint refuses a duplicate
/// with any of the statuses it is reported to use and when Graph throttles.
/// </summary>
[TestClass]
public sealed class SharePointRegisterTests : FakeGraphTest
{
    private const string Term = "2025-2030";

    [TestMethod]
    public async Task Check_fix_creates_the_list_with_indexed_unique_key_columns_and_a_second_fix_changes_nothing()
    {
        var before = await SharePointCheck.RunAsync(Config(), o => CredentialFactory.Create(o), writeProbe: false, register: RegisterCheck.Check);
        var missing = before.Single(s => s.Step == "Check.Register");
        Assert.AreEqual(CheckStatus.Failed, missing.Status);
        Assert.AreEqual("PUB300", missing.Problem!.Code);
        StringAssert.Contains(missing.Problem.Message(), "--fix");

        var fixedSteps = await SharePointCheck.RunAsync(Config(), o => CredentialFactory.Create(o), writeProbe: false, register: RegisterCheck.Fix);
        Assert.IsTrue(fixedSteps.All(s => s.Status != CheckStatus.Failed), string.Join("\n", fixedSteps));
        var list = Site.Lists.Single();
        Assert.AreEqual(new RegisterOptions().ListName, list.DisplayName);
        foreach (var key in new[] { "KindScopeNumber", "KindScopeKey" })
        {
            Assert.IsTrue(list.Column(key) is { Indexed: true, EnforceUniqueValues: true }, key + " must be indexed and unique");
        }

        Assert.IsTrue(list.Column("Number") is { Indexed: true, Type: "number" });
        Assert.AreEqual("note", list.Column("Summary")!.Type, "trích yếu may be long");

        var posts = Requests("POST /v1.0/sites/").Count;
        var again = await SharePointCheck.RunAsync(Config(), o => CredentialFactory.Create(o), writeProbe: false, register: RegisterCheck.Fix);
        Assert.AreEqual(CheckStatus.Ok, again.Single(s => s.Step == "Check.Register").Status);
        Assert.AreEqual(posts, Requests("POST /v1.0/sites/").Count, "nothing created twice");
    }

    [TestMethod]
    public async Task Check_fix_adds_missing_columns_and_refuses_a_key_column_without_unique_values()
    {
        var list = Fake.AddList(Site, new RegisterOptions().ListName, new FakeColumn("KindCode", "text") { Indexed = true });
        var fixedSteps = await SharePointCheck.RunAsync(Config(), o => CredentialFactory.Create(o), writeProbe: false, register: RegisterCheck.Fix);
        Assert.AreEqual(CheckStatus.Ok, fixedSteps[^1].Status, string.Join("\n", fixedSteps));
        Assert.IsTrue(list.Column("KindScopeNumber")!.EnforceUniqueValues);

        var handMade = Fake.AddList(Site, "Sổ làm tay", new FakeColumn("KindScopeNumber", "text"), new FakeColumn("KindScopeKey", "text") { Indexed = true, EnforceUniqueValues = true });
        var steps = await SharePointCheck.RunAsync(Config(("Register:ListName", handMade.DisplayName)), o => CredentialFactory.Create(o), writeProbe: false, register: RegisterCheck.Fix);
        Assert.AreEqual("PUB302", steps[^1].Problem?.Code, string.Join("\n", steps));
        StringAssert.Contains(steps[^1].Problem!.Message(), "KindScopeNumber");
    }

    [TestMethod]
    public async Task Check_fix_without_the_manage_permission_says_which_permission_is_needed()
    {
        Fake.AddFault(new Fault(RouteClass.List, FaultAction.Status) { Method = "POST", Status = 403 });
        var steps = await SharePointCheck.RunAsync(Config(), o => CredentialFactory.Create(o), writeProbe: false, register: RegisterCheck.Fix);

        Assert.AreEqual("PUB307", steps[^1].Problem?.Code, string.Join("\n", steps));
        StringAssert.Contains(steps[^1].Problem!.Message(), "Sites.Manage.All");
    }

    [TestMethod]
    public async Task A_missing_list_is_a_clear_error_not_a_number()
    {
        using var register = Register();
        var e = await Assert.ThrowsExactlyAsync<PublishException>(() => register.ReserveAsync(Request("BC", "k1")));

        Assert.AreEqual("PUB300", e.Diagnostic.Code);
        Assert.IsFalse(e.Queueable);
    }

    [TestMethod]
    [DataRow(409, false, DisplayName = "duplicate refused with 409")]
    [DataRow(400, false, DisplayName = "duplicate refused with 400")]
    [DataRow(500, true, DisplayName = "duplicate refused with SharePoint's 500, leaving an empty item")]
    public async Task Twenty_reservations_per_kind_from_four_clients_at_once_get_consecutive_numbers(int duplicateStatus, bool leavesEmptyItem)
    {
        await CreateListAsync();
        Fake.DuplicateStatus = duplicateStatus;
        Fake.DuplicateLeavesEmptyItem = leavesEmptyItem;
        // Conflicts and throttling are forced so the retry paths run whatever the scheduling: a race lost to a POST the
        // test does not see, and 429s with Retry-After on a query and on a POST.
        Fake.AddFault(new Fault(RouteClass.List, FaultAction.Duplicate) { Method = "POST", After = 4, Count = 3 });
        Fake.AddFault(new Fault(RouteClass.List, FaultAction.Status) { Method = "GET", Status = 429, RetryAfterSeconds = 1, After = 10, Count = 2 });
        Fake.AddFault(new Fault(RouteClass.List, FaultAction.Status) { Method = "POST", Status = 503, RetryAfterSeconds = 1, After = 12, Count = 1 });

        var registers = Enumerable.Range(0, 4).Select(_ => Register()).ToList();
        try
        {
            var work = registers.Select((register, client) => Task.Run(async () =>
            {
                var got = new List<RegisterEntry>();
                for (var i = 0; i < 5; i++)
                {
                    got.Add(await register.ReserveAsync(Request("BC", $"bc-{client}-{i}")));
                    got.Add(await register.ReserveAsync(Request("KH", $"kh-{client}-{i}")));
                }

                return got;
            })).ToList();
            var entries = (await Task.WhenAll(work)).SelectMany(e => e).ToList();

            foreach (var kind in new[] { "BC", "KH" })
            {
                var numbers = entries.Where(e => e.KindCode == kind).Select(e => e.Number).Order().ToList();
                CollectionAssert.AreEqual(Enumerable.Range(1, 20).ToList(), numbers, $"{kind}: 20 distinct consecutive numbers");
            }

            var stored = await registers[0].ListAsync(new RegisterQuery());
            Assert.AreEqual(40, stored.Count, "every reservation is in the list once, and nothing else is an entry");
            Assert.AreEqual(40, stored.Select(e => (e.KindCode, e.Number)).Distinct().Count());
            CollectionAssert.AreEquivalent(
                entries.Select(e => e.Request.DocumentKey).ToList(),
                stored.Select(e => e.Request.DocumentKey).ToList(),
                "each document holds the number it was given");
            Assert.IsTrue(Fake.DuplicatesRefused >= 3, $"duplicates refused: {Fake.DuplicatesRefused}");
            Assert.IsTrue(registers.Sum(r => r.ConflictsSeen) >= 3);
            Assert.AreEqual(3, Requests("→ 429").Count + Requests("→ 503").Count, "each throttled request was retried after its Retry-After");
        }
        finally
        {
            registers.ForEach(r => r.Dispose());
        }
    }

    [TestMethod]
    public async Task Reserving_the_same_document_again_returns_its_number_even_from_four_clients_at_once()
    {
        await CreateListAsync();
        using var first = Register();
        var entry = await first.ReserveAsync(Request("BC", "bao-cao-quy-1"));
        var again = await first.ReserveAsync(Request("BC", "bao-cao-quy-1"));
        Assert.AreEqual(1, entry.Number);
        Assert.AreEqual(entry.Number, again.Number);
        Assert.AreEqual(RegisterStatus.Reserved, again.Status);

        var registers = Enumerable.Range(0, 4).Select(_ => Register()).ToList();
        try
        {
            var same = await Task.WhenAll(registers.Select(r => Task.Run(() => r.ReserveAsync(Request("BC", "bao-cao-quy-2")))));
            Assert.AreEqual(1, same.Select(e => e.Number).Distinct().Count(), string.Join(", ", same.Select(e => e.Number)));
            Assert.AreEqual(2, same[0].Number);
            Assert.AreEqual(2, (await first.ListAsync(new RegisterQuery { KindCode = "BC" })).Count, "one entry per document");
        }
        finally
        {
            registers.ForEach(r => r.Dispose());
        }
    }

    [TestMethod]
    public async Task Complete_and_cancel_keep_every_number_and_follow_the_entry_rules()
    {
        await CreateListAsync();
        using var register = Register();
        var issued = await register.ReserveAsync(Request("TB", "thong-bao-1") with { SymbolSuffix = "TB/ĐU", Signer = "Nguyễn Văn A", Recipients = "Như trên; Lưu VP." });
        var dropped = await register.ReserveAsync(Request("TB", "thong-bao-2"));
        Assert.AreEqual("01-TB/ĐU", issued.Symbol);

        var files = new IssuedFiles("01-TB thông báo.docx", "01-TB thông báo.pdf", "abc123", "https://contoso.sharepoint.com/sites/DangUy/x.pdf");
        var done = await register.CompleteAsync(issued, files);
        Assert.AreEqual(RegisterStatus.Issued, done.Status);
        Assert.AreEqual(RegisterStatus.Issued, (await register.CompleteAsync(issued, files)).Status, "completing again with the same files is a no-op");
        Assert.AreEqual("PUB305", (await Assert.ThrowsExactlyAsync<PublishException>(() => register.CompleteAsync(issued, files with { ContentHash = "other" }))).Diagnostic.Code);
        Assert.AreEqual("PUB305", (await Assert.ThrowsExactlyAsync<PublishException>(() => register.CancelAsync("TB", Term, 1, "nhầm"))).Diagnostic.Code);

        var cancelled = await register.CancelAsync("TB", Term, dropped.Number, "Bỏ văn bản");
        Assert.AreEqual(RegisterStatus.Cancelled, cancelled.Status);
        Assert.AreEqual("PUB306", (await Assert.ThrowsExactlyAsync<PublishException>(() => register.CompleteAsync(dropped, files))).Diagnostic.Code);
        Assert.AreEqual("PUB304", (await Assert.ThrowsExactlyAsync<PublishException>(() => register.CancelAsync("TB", Term, 9, "x"))).Diagnostic.Code);

        // The cancelled number is never given again; the document itself may be issued under a new one.
        var reissued = await register.ReserveAsync(Request("TB", "thong-bao-2"));
        Assert.AreEqual(3, reissued.Number);

        var all = await register.ListAsync(new RegisterQuery { KindCode = "TB" });
        CollectionAssert.AreEqual(new[] { 1, 2, 3 }, all.Select(e => e.Number).ToArray());
        Assert.AreEqual(RegisterStatus.Issued, all[0].Status);
        Assert.AreEqual("abc123", all[0].Files!.ContentHash);
        Assert.AreEqual("Nguyễn Văn A", all[0].Request.Signer);
        Assert.AreEqual(new DateOnly(2026, 3, 5), all[0].Request.IssueDate);
        Assert.AreEqual(RegisterStatus.Cancelled, all[1].Status);
        Assert.AreEqual("Bỏ văn bản", all[1].CancelReason);
        Assert.AreEqual(RegisterStatus.Reserved, all[2].Status);
    }

    [TestMethod]
    public async Task A_reservation_whose_answer_was_lost_keeps_its_one_number()
    {
        await CreateListAsync();
        using var register = Register();
        Fake.AddFault(new Fault(RouteClass.List, FaultAction.LostAck) { Method = "POST" });

        var entry = await register.ReserveAsync(Request("BC", "mat-ket-noi"));
        var next = await register.ReserveAsync(Request("BC", "sau-do"));

        Assert.AreEqual(1, entry.Number);
        Assert.AreEqual(2, next.Number);
        Assert.AreEqual(2, Fake.ListItems(Site.Lists.Single()).Count, "the lost POST was found, not repeated");
    }

    [TestMethod]
    public async Task A_stale_etag_is_read_again_rather_than_overwriting()
    {
        await CreateListAsync();
        using var register = Register();
        var entry = await register.ReserveAsync(Request("CV", "cong-van-1"));
        Fake.AddFault(new Fault(RouteClass.List, FaultAction.Status) { Method = "PATCH", Status = 412 });

        var done = await register.CompleteAsync(entry, new IssuedFiles("a.docx", null, "h", null));

        Assert.AreEqual(RegisterStatus.Issued, done.Status);
        Assert.AreEqual(2, Requests("PATCH /v1.0/sites/").Count);
    }

    [TestMethod]
    public async Task Listing_pages_through_the_list_and_filters_by_kind_scope_and_year()
    {
        await CreateListAsync();
        using var register = Register();
        for (var i = 0; i < 205; i++)
        {
            await register.ReserveAsync(Request("BB", "bb-" + i.ToString(CultureInfo.InvariantCulture)));
        }

        await register.ReserveAsync(Request("QĐ", "qd-2027", new DateOnly(2027, 1, 4)));
        await register.ReserveAsync(Request("QĐ", "qd-2031", new DateOnly(2031, 1, 4), "2030-2035"));

        Assert.AreEqual(207, (await register.ListAsync(new RegisterQuery())).Count);
        Assert.IsTrue(Requests("skiptoken").Count >= 1, "the listing followed @odata.nextLink");
        Assert.AreEqual(205, (await register.ListAsync(new RegisterQuery { KindCode = "BB" })).Count);
        Assert.AreEqual(1, (await register.ListAsync(new RegisterQuery { KindCode = "QĐ", Scope = "2030-2035" })).Count);
        Assert.AreEqual("qd-2027", (await register.ListAsync(new RegisterQuery { Year = 2027 })).Single().Request.DocumentKey);
    }

    [TestMethod]
    public async Task Throttling_past_the_retries_is_reported_as_throttling()
    {
        await CreateListAsync();
        using var register = Register(("Graph:MaxRetries", "1"));
        Fake.AddFault(new Fault(RouteClass.List, FaultAction.Status) { Method = "GET", Status = 429, RetryAfterSeconds = 1, Count = 2 });

        var e = await Assert.ThrowsExactlyAsync<PublishException>(() => register.ReserveAsync(Request("BC", "k")));

        Assert.AreEqual("PUB102", e.Diagnostic.Code);
        Assert.IsTrue(e.Queueable);
    }

    [TestMethod]
    public async Task Bad_requests_are_refused_before_any_call()
    {
        using var register = Register();
        Assert.AreEqual("PUB308", (await Assert.ThrowsExactlyAsync<PublishException>(() => register.ReserveAsync(Request("B|C", "k")))).Diagnostic.Code);
        Assert.AreEqual("PUB308", (await Assert.ThrowsExactlyAsync<PublishException>(() => register.ReserveAsync(Request("BC", new string('k', 2000))))).Diagnostic.Code);
        Assert.AreEqual(0, Fake.Log.Count);
    }

    private static NumberRequest Request(string kind, string key, DateOnly? date = null, string scope = Term) =>
        new(kind, scope, key, date ?? new DateOnly(2026, 3, 5), "Trích yếu " + key);

    private async Task CreateListAsync()
    {
        var steps = await SharePointCheck.RunAsync(Config(), o => CredentialFactory.Create(o), writeProbe: false, register: RegisterCheck.Fix);
        Assert.AreEqual(CheckStatus.Ok, steps[^1].Status, string.Join("\n", steps));
    }

    private SharePointDocumentRegister Register(params (string Key, string? Value)[] settings)
    {
        var options = Options(settings);
        return new SharePointDocumentRegister(options.SharePoint.SiteUrl!, options.Register, options.Graph, CredentialFactory.Create(options));
    }
}
