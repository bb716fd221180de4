using Azure.Core;
using Azure.Identity;
using LucBinh.Docs.Publishing.Auth;
using LucBinh.Docs.Publishing.Configuration;
using Microsoft.Extensions.Configuration;

namespace LucBinh.Docs.Publishing.Tests;

[TestClass]
public sealed class CredentialTests
{
    [TestMethod]
    [DataRow("ClientSecret", typeof(ClientSecretCredential))]
    [DataRow("ManagedIdentity", typeof(ManagedIdentityCredential))]
    [DataRow("WorkloadIdentity", typeof(WorkloadIdentityCredential))]
    [DataRow("AzureCli", typeof(AzureCliCredential))]
    [DataRow("AccessToken", typeof(StaticTokenCredential))]
    public void Each_mode_makes_its_credential_without_calling_anyone(string mode, Type expected)
    {
        var options = Read(("Auth:Mode", mode), ("Auth:ClientSecret", "s"), ("GRAPH_TOKEN", "t"), ("Auth:TokenFilePath", "/tmp/none"));

        Assert.IsInstanceOfType(CredentialFactory.Create(options), expected);
    }

    [TestMethod]
    public void Person_sign_in_is_wrapped_to_be_remembered()
    {
        var options = Read(("Auth:Mode", "DeviceCode"));

        var credential = CredentialFactory.Create(options, _ => { });

        Assert.AreEqual("RememberedSignIn", credential.GetType().Name);
        (credential as IDisposable)?.Dispose();
    }

    [TestMethod]
    public async Task Access_token_expiry_is_read_from_the_JWT()
    {
        static string Part(string json) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var jwt = Part("""{"alg":"none"}""") + "." + Part("""{"exp":2000000000}""") + ".sig";

        var token = await new StaticTokenCredential(jwt).GetTokenAsync(new TokenRequestContext(["https://graph.microsoft.com/.default"]), default);

        Assert.AreEqual(jwt, token.Token);
        Assert.AreEqual(DateTimeOffset.FromUnixTimeSeconds(2_000_000_000), token.ExpiresOn);
    }

    private static PublishingOptions Read(params (string Key, string? Value)[] values)
    {
        var all = new Dictionary<string, string?>
        {
            ["SharePoint:SiteUrl"] = "https://contoso.sharepoint.com/sites/DangUy",
            ["Auth:TenantId"] = "contoso.onmicrosoft.com",
            ["Auth:ClientId"] = "11111111-2222-3333-4444-555555555555",
        };
        foreach (var (key, value) in values)
        {
            all[key] = value;
        }

        return PublishingOptionsReader.Read(new ConfigurationBuilder().AddInMemoryCollection(all).Build());
    }
}
