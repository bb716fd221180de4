using LucBinh.Docs.FakeGraph;
using LucBinh.Docs.Publishing.Auth;
using LucBinh.Docs.Publishing.SharePoint;
using Microsoft.Extensions.Configuration;

namespace LucBinh.Docs.Publishing.Tests;

[TestClass]
public sealed class SharePointCheckTests : FakeGraphTest
{
    [TestMethod]
    public async Task Check_with_probe_passes_every_step_and_leaves_nothing_behind()
    {
        var steps = await SharePointCheck.RunAsync(Config(), o => CredentialFactory.Create(o), writeProbe: true);

        CollectionAssert.AreEqual(new[] { "Check.Configuration", "Check.SignIn", "Check.Site", "Check.Library", "Check.Write" }, steps.Select(s => s.Step).ToArray());
        Assert.IsTrue(steps.All(s => s.Status == CheckStatus.Ok), string.Join("\n", steps));
        Assert.AreEqual(0, Fake.Files(Drive).Count, "the probe file was deleted");
        Assert.AreEqual(1, Requests("DELETE /v1.0/drives/").Count);
    }

    [TestMethod]
    public async Task Check_without_probe_writes_nothing()
    {
        var steps = await SharePointCheck.RunAsync(Config(), o => CredentialFactory.Create(o), writeProbe: false);

        Assert.AreEqual(CheckStatus.Skipped, steps[^1].Status);
        Assert.AreEqual(0, Fake.Log.Count(l => !l.StartsWith("GET ", StringComparison.Ordinal)));
    }

    [TestMethod]
    public async Task Check_names_the_missing_library_and_the_refused_write()
    {
        var wrong = await SharePointCheck.RunAsync(Config(("SharePoint:Library", "Khác")), o => CredentialFactory.Create(o), writeProbe: true);
        Assert.AreEqual(CheckStatus.Ok, wrong.Single(s => s.Step == "Check.Site").Status);
        Assert.AreEqual("PUB107", wrong.Single(s => s.Step == "Check.Library").Problem!.Code);

        Fake.AddFault(new Fault(RouteClass.Drive, FaultAction.Status) { Method = "PUT", Status = 403 });
        var denied = await SharePointCheck.RunAsync(Config(), o => CredentialFactory.Create(o), writeProbe: true);
        Assert.AreEqual("PUB105", denied.Single(s => s.Step == "Check.Write").Problem!.Code);
        StringAssert.Contains(denied[^1].Problem!.Message(), "write");
    }

    [TestMethod]
    public async Task Check_stops_at_a_configuration_error()
    {
        var steps = await SharePointCheck.RunAsync(Config(("SharePoint:ConflictBehavior", "x")), o => CredentialFactory.Create(o), writeProbe: true);

        Assert.AreEqual(CheckStatus.Failed, steps[0].Status);
        Assert.IsTrue(steps.Skip(1).All(s => s.Status == CheckStatus.Skipped));
        Assert.AreEqual(0, Fake.Log.Count);
    }
}
