using System.Net;
using LucBinh.Docs.Issuing.Drafts;
using LucBinh.Docs.TestSupport;

namespace LucBinh.Docs.Web.Tests;

/// <summary>POST /api/drafts (the draft .docx, nothing stored) and POST /api/preview (its first page as PNG).</summary>
[TestClass]
public sealed class DraftsEndpointTests
{
    [TestMethod]
    public async Task A_draft_is_returned_watermarked_and_unnumbered_and_nothing_is_stored()
    {
        await using var host = await WebHost.StartAsync();

        using var response = await host.Client.PostAsync("/api/drafts", WebHost.Form(Trackers.Sample, "so.xlsx", ("template", "bao-cao-ket-qua-phoi-hop"), ("period", "2024-Q2")));
        var docx = await response.Content.ReadAsByteArrayAsync();

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        StringAssert.EndsWith(response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName, "(dự thảo).docx");
        Assert.IsTrue(DraftWatermark.HasWatermark(docx));
        Assert.IsTrue(WordText.BodyParagraphs(docx).Any(p => p.StartsWith("Số ", StringComparison.Ordinal) && p.EndsWith("-BC/ĐU", StringComparison.Ordinal)));
        Assert.IsEmpty(host.StoredFiles());
    }

    [TestMethod]
    public async Task A_tracker_with_errors_gets_its_diagnostics_not_a_draft()
    {
        var (workbook, _) = Trackers.WithoutSigner();
        await using var host = await WebHost.StartAsync();

        using var response = await host.Client.PostAsync("/api/drafts", WebHost.Form(workbook, "so.xlsx", ("template", "bao-cao-ket-qua-phoi-hop")));
        var json = await WebHost.JsonAsync(response);

        Assert.AreEqual(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.AreEqual("WEB006", json.GetProperty("code").GetString());
    }

    [TestMethod]
    public async Task The_preview_is_the_first_page_as_png()
    {
        _ = ExternalTools.Require("LibreOffice", "soffice", "libreoffice");
        _ = ExternalTools.Require("pdftoppm (poppler-utils)", "pdftoppm");
        await using var host = await WebHost.StartAsync();

        using var response = await host.Client.PostAsync("/api/preview", WebHost.Form(Trackers.Sample, "so.xlsx", ("template", "bao-cao-ket-qua-phoi-hop")));
        var png = await response.Content.ReadAsByteArrayAsync();

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.AreEqual("image/png", response.Content.Headers.ContentType?.MediaType);
        CollectionAssert.AreEqual(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        Assert.IsEmpty(host.StoredFiles());
    }
}
