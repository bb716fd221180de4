using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Localization;
using LucBinh.Docs.Publishing.Configuration;
using Microsoft.Extensions.Configuration;

namespace LucBinh.Docs.Publishing.Tests;

[TestClass]
public sealed class OptionsTests
{
    [TestMethod]
    public void Nothing_configured_means_the_local_store_and_no_errors()
    {
        var (options, errors) = PublishingOptionsReader.TryRead(Config());

        Assert.AreEqual(0, errors.Count);
        Assert.IsFalse(options.SharePointEnabled);
        Assert.IsInstanceOfType<LocalFolderStore>(ReportStores.Create(options));
    }

    [TestMethod]
    public void Three_lines_turn_publishing_on_with_the_documented_defaults()
    {
        var options = PublishingOptionsReader.Read(Config(
            ("SharePoint:SiteUrl", "https://contoso.sharepoint.com/sites/DangUy"),
            ("Auth:ClientId", "11111111-2222-3333-4444-555555555555"),
            ("Auth:TenantId", "contoso.onmicrosoft.com")));

        Assert.IsTrue(options.SharePointEnabled);
        Assert.AreEqual("Documents", options.SharePoint.Library);
        Assert.AreEqual(ConflictBehavior.Rename, options.SharePoint.ConflictBehavior);
        Assert.AreEqual(SharingLinkKind.OrganizationView, options.SharePoint.Link);
        Assert.AreEqual(AuthMode.DeviceCode, options.Auth.Mode);
        Assert.AreEqual("https://graph.microsoft.com/v1.0", options.Graph.BaseUrl.AbsoluteUri.TrimEnd('/'));
        Assert.AreEqual("https://graph.microsoft.com/.default", options.Graph.Scope);
        Assert.AreEqual(10 * 327_680, options.Graph.FragmentSize);
    }

    [TestMethod]
    public void Every_error_is_reported_at_once_and_names_its_key()
    {
        var e = Assert.ThrowsExactly<LucBinhException>(() => PublishingOptionsReader.Read(Config(
            ("SharePoint:SiteUrl", "contoso.sharepoint.com/sites/DangUy"),
            ("SharePoint:ConflictBehavior", "overwrite"),
            ("SharePoint:Link", "anonymous"),
            ("SharePoint:Folder", "Báo cáo/{{ nam "),
            ("Graph:BaseUrl", "http://graph.microsoft.com/v1.0"),
            ("Graph:MaxRetries", "50"))));

        var text = string.Join("\n", e.Diagnostics.Select(d => d.Message()));
        foreach (var key in new[] { "SharePoint:SiteUrl", "SharePoint:ConflictBehavior", "SharePoint:Link", "SharePoint:Folder", "Graph:BaseUrl", "Graph:MaxRetries" })
        {
            StringAssert.Contains(text, "«" + key + "»");
        }

        StringAssert.Contains(text, "rename, replace, fail");
        Assert.AreEqual(6, e.Diagnostics.Count, text);
    }

    [TestMethod]
    public void Sign_in_modes_name_what_they_miss()
    {
        var site = ("SharePoint:SiteUrl", (string?)"https://contoso.sharepoint.com/sites/DangUy");
        var token = Assert.ThrowsExactly<LucBinhException>(() => PublishingOptionsReader.Read(Config(site, ("Auth:Mode", "AccessToken"))));
        StringAssert.Contains(token.Diagnostics.Single().Message(), "LUCBINH_GRAPH_TOKEN");

        var secret = Assert.ThrowsExactly<LucBinhException>(() => PublishingOptionsReader.Read(Config(site, ("Auth:Mode", "ClientSecret"))));
        var text = string.Join("\n", secret.Diagnostics.Select(d => d.Message(UiLanguage.English)));
        StringAssert.Contains(text, "'Auth:TenantId'");
        StringAssert.Contains(text, "'Auth:ClientId'");
        StringAssert.Contains(text, "LUCBINH_Auth__ClientSecret");
    }

    [TestMethod]
    public void A_secret_in_a_settings_file_is_refused_naming_the_file()
    {
        var folder = Path.Combine(Path.GetTempPath(), "lucbinh-options-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "appsettings.json"), """
                { "SharePoint": { "SiteUrl": "https://contoso.sharepoint.com/sites/DangUy" },
                  "Auth": { "Mode": "ClientSecret", "TenantId": "t", "ClientId": "c", "ClientSecret": "s3cr3t" } }
                """);
            var configuration = PublishingConfiguration.Build(new PublishingConfigurationSources
            {
                ToolDirectory = folder,
                UserConfigFile = null,
                UserSecrets = false,
                EnvironmentVariables = false,
            });

            var e = Assert.ThrowsExactly<LucBinhException>(() => PublishingOptionsReader.Read(configuration));

            var message = e.Diagnostics.Single().Message();
            StringAssert.Contains(message, "Auth:ClientSecret");
            StringAssert.Contains(message, Path.Combine(folder, "appsettings.json"));
            Assert.IsFalse(message.Contains("s3cr3t", StringComparison.Ordinal), "a secret is never shown");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestMethod]
    public void Sources_override_in_order_file_then_user_file_then_environment_then_command_line()
    {
        var folder = Path.Combine(Path.GetTempPath(), "lucbinh-options-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var variable = "LUCBINH_SharePoint__Library";
        try
        {
            File.WriteAllText(Path.Combine(folder, "appsettings.json"), """{ "SharePoint": { "Library": "Tool", "Folder": "Tool", "FileName": "Tool", "SiteUrl": "https://a.sharepoint.com/sites/x" } }""");
            File.WriteAllText(Path.Combine(folder, "user.json"), """{ "SharePoint": { "Library": "User", "Folder": "User" } }""");
            Environment.SetEnvironmentVariable(variable, "Env");
            var configuration = PublishingConfiguration.Build(new PublishingConfigurationSources
            {
                ToolDirectory = folder,
                UserConfigFile = Path.Combine(folder, "user.json"),
                UserSecrets = false,
                Overrides = new Dictionary<string, string?> { [PublishingConfiguration.ParseOverride("SharePoint__Folder=Báo cáo/{{ nam }}")!.Value.Key] = "Báo cáo/{{ nam }}" },
            });

            Assert.AreEqual("Tool", configuration["SharePoint:FileName"]);
            Assert.AreEqual("Env", configuration["SharePoint:Library"]);
            Assert.AreEqual("Báo cáo/{{ nam }}", configuration["SharePoint:Folder"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestMethod]
    public void National_clouds_get_their_authority_and_scope()
    {
        var us = PublishingOptionsReader.Read(Config(("Graph:BaseUrl", "https://graph.microsoft.us/v1.0")));
        var cn = PublishingOptionsReader.Read(Config(("Graph:BaseUrl", "https://microsoftgraph.chinacloudapi.cn/v1.0")));

        Assert.AreEqual(Azure.Identity.AzureAuthorityHosts.AzureGovernment, us.Graph.AuthorityHost);
        Assert.AreEqual("https://graph.microsoft.us/.default", us.Graph.Scope);
        Assert.AreEqual(Azure.Identity.AzureAuthorityHosts.AzureChina, cn.Graph.AuthorityHost);
    }

    [TestMethod]
    public void Every_message_has_a_Vietnamese_and_an_English_text()
    {
        var neutral = Keys("PublishingMessages.resx");
        var english = Keys("PublishingMessages.en.resx");
        CollectionAssert.AreEquivalent(neutral, english);
        foreach (var key in neutral)
        {
            Assert.AreNotEqual(PublishingDiagnostics.Catalog.Get(key, UiLanguage.Vietnamese), PublishingDiagnostics.Catalog.Get(key, UiLanguage.English), key);
        }
    }

    private static List<string> Keys(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "LucBinh.Docs.Publishing", "Localization", file);
        return [.. System.Xml.Linq.XDocument.Load(path).Root!.Elements("data").Select(d => (string)d.Attribute("name")!)];
    }

    private static IConfiguration Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
