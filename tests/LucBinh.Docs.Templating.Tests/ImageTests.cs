using System.IO.Compression;
using LucBinh.Docs.TestSupport;
using static LucBinh.Docs.Templating.Tests.TemplateTestKit;
using static LucBinh.Docs.TestSupport.WordFixture;

namespace LucBinh.Docs.Templating.Tests;

/// <summary>Images from data replace a placeholder picture whose alt text is a tag.</summary>
[TestClass]
public sealed class ImageTests
{
    private static readonly byte[] Placeholder = TestImages.Png(2, 2);

    [TestMethod]
    public void A_path_beside_the_tracker_replaces_the_placeholder_fitted_to_its_box()
    {
        var folder = RepoPaths.NewTempFolder();
        File.WriteAllBytes(Path.Combine(folder, "logo.png"), TestImages.Png(40, 20));
        var template = DocxTemplate.Load(CreateWithPicture("<w:p>PICTURE</w:p>", Placeholder, "{{ ttc.logo }}"), "t.docx");

        var result = template.Render(Record(("ttc", Record(("logo", "logo.png")))), new RenderOptions { ResourceFolder = folder });

        Assert.IsEmpty(result.Diagnostics, string.Join("; ", result.Diagnostics.Select(d => d.ToDisplayString())));
        AssertValid(result.Document);
        var media = MediaEntries(result.Document);
        Assert.IsTrue(media.Values.Any(m => m.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(folder, "logo.png")))), "the data's image is in the package");
        var extent = WordText.BodyXml(result.Document).Descendants().First(e => e.Name.LocalName == "extent");
        Assert.AreEqual("1800000", extent.Attribute("cx")!.Value, "fitted to the box width");
        Assert.AreEqual("900000", extent.Attribute("cy")!.Value, "proportions kept (2:1)");
    }

    [TestMethod]
    public void A_data_uri_works_and_the_same_image_twice_is_stored_once()
    {
        var uri = "data:image/png;base64," + Convert.ToBase64String(TestImages.Png(10, 10, 0, 0, 255));
        var template = DocxTemplate.Load(CreateWithPicture("<w:p>PICTURE</w:p><w:p>PICTURE</w:p>", Placeholder, "{{ anh }}"), "t.docx");

        var result = template.Render(Record(("anh", uri)));

        AssertValid(result.Document);
        Assert.HasCount(2, MediaEntries(result.Document), "the placeholder and one new image");
    }

    [TestMethod]
    public void A_path_outside_the_tracker_folder_is_refused_and_the_placeholder_stays()
    {
        var folder = RepoPaths.NewTempFolder();
        var template = DocxTemplate.Load(CreateWithPicture("<w:p>PICTURE</w:p>", Placeholder, "{{ anh }}"), "t.docx");

        var result = template.Render(Record(("anh", "../../etc/passwd")), new RenderOptions { ResourceFolder = folder });

        Assert.AreEqual("TPL015", result.Diagnostics.Single().Code);
        AssertValid(result.Document);
        Assert.HasCount(1, MediaEntries(result.Document));
    }

    private static Dictionary<string, byte[]> MediaEntries(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        return zip.Entries.Where(e => e.FullName.Contains("media/", StringComparison.Ordinal)).ToDictionary(e => e.FullName, e =>
        {
            using var s = e.Open();
            using var m = new MemoryStream();
            s.CopyTo(m);
            return m.ToArray();
        });
    }
}
