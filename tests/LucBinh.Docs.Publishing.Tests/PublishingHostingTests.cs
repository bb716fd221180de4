using System.Text.Json;
using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Publishing.Hosting;
using LucBinh.Docs.Publishing.Outbox;
using LucBinh.Docs.Publishing.Register;
using LucBinh.Docs.Publishing.SharePoint;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LucBinh.Docs.Publishing.Tests;

/// <summary>
/// Publishing's seams for hosts: one registration validated at start, kinds chosen from a registry, the credential
/// injected, names rendered without the Word engine, SharePoint-only steps outside the shared plan.
/// </summary>
[TestClass]
public sealed class PublishingHostingTests
{
    private static readonly Azure.Core.TokenCredential NoCredential = new Auth.StaticTokenCredential("unused");

    [TestMethod]
    public void A_host_with_wrong_publishing_settings_does_not_start_and_every_setting_is_named()
    {
        var configuration = Config(
            ("SharePoint:ConflictBehavior", "overwrite"),
            ("Graph:MaxRetries", "50"),
            ("Store:Kind", "ftp"),
            ("Register:Kind", "giấy"));
        var services = new ServiceCollection().AddLucBinhPublishing(configuration);
        using var provider = services.BuildServiceProvider();

        var e = Assert.ThrowsExactly<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        var text = string.Join("\n", e.Failures);
        foreach (var key in new[] { "SharePoint:ConflictBehavior", "Graph:MaxRetries", "Store:Kind", "Register:Kind" })
        {
            StringAssert.Contains(text, key);
        }

        Assert.ThrowsExactly<OptionsValidationException>(() => provider.GetRequiredService<PublishingServices>(), "nothing is handed out from wrong settings");
        var settings = PublishingSettings.Read(configuration);
        CollectionAssert.AreEquivalent(new[] { "PUB002", "PUB008", "PUB310", "PUB310" }, settings.Problems(PublishingRegistry.CreateDefault()).Select(d => d.Code).ToArray());
        StringAssert.Contains(settings.Problems(PublishingRegistry.CreateDefault()).First(d => d.Code == "PUB310").Message(), "«Store:Kind»");
    }

    [TestMethod]
    public void A_host_with_good_settings_starts_and_gets_the_store_of_its_kind_with_the_injected_credential()
    {
        var asked = 0;
        var services = new ServiceCollection()
            .AddSingleton<PublishingCredential>(_ => { asked++; return NoCredential; })
            .AddLucBinhPublishing(Config(("SharePoint:SiteUrl", "https://contoso.sharepoint.com/sites/DangUy"), ("Auth:Mode", "ManagedIdentity")));
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();

        var publishing = provider.GetRequiredService<PublishingServices>();
        Assert.AreEqual(PublishingRegistry.SharePoint, publishing.Kinds.Store);
        Assert.AreEqual(PublishingRegistry.SharePoint, publishing.Kinds.Register);
        using var store = (SharePointStore)publishing.CreateStore();
        Assert.AreEqual(1, asked, "the host's credential was used, none made inside");
        using var register = (SharePointDocumentRegister)publishing.CreateRegister();
        Assert.AreEqual(2, asked);
        Assert.AreSame(publishing.Options, provider.GetRequiredService<Configuration.PublishingOptions>());
    }

    [TestMethod]
    public void The_store_kind_is_a_setting_and_local_needs_no_credential()
    {
        var publishing = PublishingFactory.Create(
            Config(("SharePoint:SiteUrl", "https://contoso.sharepoint.com/sites/DangUy"), ("Auth:Mode", "ManagedIdentity"), ("Store:Kind", "local")),
            _ => throw new AssertFailedException("a local store needs no credential"));

        Assert.IsInstanceOfType<LocalFolderStore>(publishing.CreateStore());
        Assert.AreEqual("local", publishing.Kinds.Register, "the register follows the store");
    }

    [TestMethod]
    public void A_register_kind_is_plugged_in_by_the_host_and_a_missing_one_is_a_typed_error()
    {
        var local = PublishingFactory.Create(Config(), _ => NoCredential);
        Assert.AreEqual(PublishingRegistry.Local, local.Kinds.Register);
        Assert.IsTrue(local.Registry.HasRegister(PublishingRegistry.Local), "the SQLite register is the default local kind");
        var missing = Assert.ThrowsExactly<LucBinhException>(() => PublishingFactory.Create(Config(("Register:Kind", "ftp")), _ => NoCredential).CreateRegister());
        Assert.AreEqual("PUB310", missing.Diagnostics[0].Code);
        StringAssert.Contains(missing.Diagnostics[0].Message(), "«Register:Kind»");

        var plugged = new InMemoryRegister();
        var withLocal = PublishingFactory.Create(Config(), _ => NoCredential, registry => registry.AddRegister(PublishingRegistry.Local, _ => plugged));
        Assert.AreSame(plugged, withLocal.CreateRegister());

        var e = Assert.ThrowsExactly<LucBinhException>(() => PublishingFactory.Create(Config(("Store:Kind", "sharepoint")), _ => NoCredential));
        Assert.AreEqual("PUB001", e.Diagnostics.Single().Code, "the sharepoint kind needs its site");
    }

    [TestMethod]
    public void Name_templates_render_paths_numbers_and_dates_and_missing_values_render_empty()
    {
        var data = new DataRecord()
            .Set("nam", 2025m)
            .Set("ty_le", 12.5m)
            .Set("ngay", new DateOnly(2026, 3, 5))
            .Set("thong_tin_chung", new DataRecord().Set("ky_bao_cao", "Quý 1"));
        var template = NameTemplate.Parse("Báo cáo/{{ nam }}/{{thong_tin_chung.ky_bao_cao}} {{ ty_le }}% {{ ngay }}{{ khong_co }}", "SharePoint:Folder");

        Assert.AreEqual("Báo cáo/2025/Quý 1 12.5% 2026-03-05", template.Render(data));
        CollectionAssert.AreEqual(new[] { "nam", "thong_tin_chung.ky_bao_cao", "ty_le", "ngay", "khong_co" }, template.Paths.ToArray());
        Assert.AreEqual("Không có chỗ điền", NameTemplate.Parse("Không có chỗ điền", "k").Render(data));
    }

    [TestMethod]
    [DataRow("Báo cáo/{{ nam ")]
    [DataRow("{{ nam | upcase }}")]
    [DataRow("{% if nam %}x{% endif %}")]
    [DataRow("{{ }}")]
    [DataRow("a }} b")]
    [DataRow("{{ a.b.c.d.e.f.g.h.i }}")]
    public void Name_templates_refuse_anything_but_placeholders_naming_the_setting(string source)
    {
        var e = Assert.ThrowsExactly<LucBinhException>(() => NameTemplate.Parse(source, "SharePoint:FileName"));

        Assert.AreEqual("PUB004", e.Diagnostics[0].Code);
        StringAssert.Contains(e.Diagnostics[0].Message(), "«SharePoint:FileName»");
        StringAssert.Contains(e.Diagnostics[0].Message(Localization.UiLanguage.English), "{{ field }}");
    }

    [TestMethod]
    public void Name_templates_are_bounded_before_any_work()
    {
        var many = string.Concat(Enumerable.Repeat("{{ a }}", NameTemplate.MaxPlaceholders + 1));
        Assert.AreEqual("PUB004", Assert.ThrowsExactly<LucBinhException>(() => NameTemplate.Parse(many, "k")).Diagnostics[0].Code);
        Assert.AreEqual("PUB004", Assert.ThrowsExactly<LucBinhException>(() => NameTemplate.Parse(new string('x', NameTemplate.MaxSourceLength + 1), "k")).Diagnostics[0].Code);

        var huge = new DataRecord().Set("a", new string('x', 10_000));
        Assert.AreEqual(NameTemplate.MaxRenderedLength, NameTemplate.Parse("{{ a }}", "k").Render(huge).Length);
    }

    [TestMethod]
    public void The_publishing_assembly_no_longer_references_the_word_engine()
    {
        var references = typeof(ReportPublisher).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();

        CollectionAssert.DoesNotContain(references, "LucBinh.Docs.Templating");
        CollectionAssert.DoesNotContain(references, "Fluid");
    }

    [TestMethod]
    public void SharePoint_steps_live_outside_the_shared_plan_and_old_outbox_manifests_still_read()
    {
        var plan = new StorePlan { Store = "local", SourcePath = "/x.docx", Folder = string.Empty, FileName = "x.docx", Size = 1, Sha256 = "00" };
        var json = JsonSerializer.Serialize(plan, ReportOutbox.Json);
        Assert.IsFalse(json.Contains("metadata", StringComparison.OrdinalIgnoreCase), json);
        Assert.IsFalse(json.Contains("\"link\"", StringComparison.Ordinal), json);

        const string Old = """
            {"store":"sharepoint","sourcePath":"/x.docx","folder":"","fileName":"x.docx","size":1,"sha256":"00",
             "metadata":{"Nam":"number:2025"},"link":"organization-edit","pdf":true}
            """;
        var read = JsonSerializer.Deserialize<StorePlan>(Old, ReportOutbox.Json)!;
        Assert.AreEqual("number:2025", read.SharePoint!.Metadata["Nam"]);
        Assert.AreEqual(SharingLinkKind.OrganizationEdit, read.SharePoint.Link);
        Assert.IsTrue(read.SharePoint.Pdf);

        var again = JsonSerializer.Deserialize<StorePlan>(JsonSerializer.Serialize(read, ReportOutbox.Json), ReportOutbox.Json)!;
        Assert.AreEqual("number:2025", again.SharePoint!.Metadata["Nam"]);
        Assert.AreEqual(SharingLinkKind.OrganizationEdit, again.SharePoint.Link);
        Assert.IsTrue(again.SharePoint.Pdf);
    }

    private static IConfiguration Config(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();

    /// <summary>A register a host plugs in (the SQLite one in the product).</summary>
    private sealed class InMemoryRegister : IDocumentRegister
    {
        public string Destination => "memory";

        public Task<RegisterEntry> ReserveAsync(NumberRequest request, CancellationToken cancellationToken = default) =>
            Task.FromResult(new RegisterEntry(request.KindCode, request.Scope, 1, RegisterStatus.Reserved, request));

        public Task<RegisterEntry> CompleteAsync(RegisterEntry entry, IssuedFiles files, CancellationToken cancellationToken = default) =>
            Task.FromResult(entry with { Status = RegisterStatus.Issued, Files = files });

        public Task<RegisterEntry> CancelAsync(string kindCode, string scope, int number, string reason, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<RegisterEntry>> ListAsync(RegisterQuery query, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<RegisterEntry>>([]);
    }
}
