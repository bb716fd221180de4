using System.Buffers.Binary;
using System.IO.Compression;
using LucBinh.Docs.TestSupport;
using static LucBinh.Docs.Templating.Tests.TemplateTestKit;
using static LucBinh.Docs.TestSupport.WordFixture;

namespace LucBinh.Docs.Templating.Tests;

/// <summary>
/// Images from data are bounded (issue 11): a declared size no image has (a BMP of int.MinValue pixels threw an
/// unhandled OverflowException, a 500 on the web) gives the "not an image" warning, an image larger than the byte
/// or pixel limit a warning of its own, and the placeholder stays in every case.
/// </summary>
[TestClass]
public sealed class ImageLimitTests
{
    private static readonly byte[] Placeholder = TestImages.Png(2, 2);

    [TestMethod]
    [DataRow(int.MinValue, 10)]
    [DataRow(10, int.MinValue)]
    [DataRow(0, 10)]
    public void A_bmp_with_an_extreme_declared_size_is_not_an_image(int width, int height)
    {
        var bmp = new byte[64];
        bmp[0] = (byte)'B';
        bmp[1] = (byte)'M';
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(18), width);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(22), height);

        var result = RenderImage("data:image/bmp;base64," + Convert.ToBase64String(bmp), TemplateLimits.Server);

        Assert.AreEqual("TPL016", result.Diagnostics.Single().Code);
        Assert.HasCount(1, Media(result.Document), "the placeholder stays");
    }

    [TestMethod]
    public void A_png_declaring_ten_billion_pixels_is_refused_with_the_limit()
    {
        var png = TestImages.Png(1, 1);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(16), 100_000);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(20), 100_000);

        var result = RenderImage("data:image/png;base64," + Convert.ToBase64String(png), TemplateLimits.Server);

        var warning = result.Diagnostics.Single();
        Assert.AreEqual("TPL036", warning.Code);
        Assert.AreEqual("100000 × 100000 px", warning.Arguments[1]);
        Assert.HasCount(1, Media(result.Document));
    }

    [TestMethod]
    public void A_png_whose_size_does_not_fit_an_int_is_not_an_image()
    {
        var png = TestImages.Png(1, 1);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(16), uint.MaxValue);

        var result = RenderImage("data:image/png;base64," + Convert.ToBase64String(png), TemplateLimits.Server);

        Assert.AreEqual("TPL016", result.Diagnostics.Single().Code);
    }

    [TestMethod]
    public void A_data_uri_over_the_byte_limit_is_refused_before_it_is_decoded()
    {
        var uri = "data:image/png;base64," + new string('A', 16 * 1024 * 1024);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var result = RenderImage(uri, TemplateLimits.Server);

        Assert.AreEqual("TPL036", result.Diagnostics.Single().Code);
        Assert.IsLessThan(40L * 1024 * 1024, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore, "the 12 MB were never decoded");
        Assert.IsTrue(result.Diagnostics.Single().Arguments.All(a => a is not string s || s.Length <= 80), "the message quotes the start of the value only");
    }

    [TestMethod]
    public void A_file_over_the_byte_limit_is_refused()
    {
        var folder = RepoPaths.NewTempFolder();
        var big = new byte[2 * 1024 * 1024];
        TestImages.Png(4, 4).CopyTo(big, 0);
        File.WriteAllBytes(Path.Combine(folder, "big.png"), big);
        var template = DocxTemplate.Load(CreateWithPicture("<w:p>PICTURE</w:p>", Placeholder, "{{ anh }}"), "t.docx");

        var result = template.Render(Record(("anh", "big.png")), new RenderOptions { ResourceFolder = folder, Limits = TemplateLimits.Server with { MaxImageBytes = 1024 * 1024 } });

        Assert.AreEqual("TPL036", result.Diagnostics.Single().Code);
    }

    [TestMethod]
    public void A_loop_reading_a_large_picture_again_and_again_stops_at_the_output_budget()
    {
        var folder = RepoPaths.NewTempFolder();
        var big = new byte[1024 * 1024];
        TestImages.Png(4, 4).CopyTo(big, 0);
        File.WriteAllBytes(Path.Combine(folder, "big.png"), big);
        var template = DocxTemplate.Load(CreateWithPicture(P("{% for r in rows %}") + "<w:p>PICTURE</w:p>" + P("{% endfor %}"), Placeholder, "{{ r }}"), "t.docx");
        var limits = TemplateLimits.Server with { MaxOutputBytes = 16 * 1024 * 1024 };
        var watch = CpuStopwatch.StartNew();

        var exception = Assert.ThrowsExactly<LucBinh.Docs.Diagnostics.LucBinhException>(() =>
            template.Render(Record(("rows", Items([.. Enumerable.Repeat<object?>("big.png", 1_000)]))), new RenderOptions { ResourceFolder = folder, Limits = limits }));

        Assert.AreEqual("TPL025", exception.Diagnostics.Single().Code);
        Assert.IsLessThan(2_000, watch.ElapsedMilliseconds);
    }

    [TestMethod]
    public void The_same_small_picture_in_thousands_of_rows_is_stored_once_and_fast()
    {
        var uri = "data:image/png;base64," + Convert.ToBase64String(TestImages.Png(8, 8));
        var template = DocxTemplate.Load(CreateWithPicture(P("{% for r in rows %}") + "<w:p>PICTURE</w:p>" + P("{% endfor %}"), Placeholder, "{{ r }}"), "t.docx");
        var watch = CpuStopwatch.StartNew();

        var result = template.Render(Record(("rows", Items([.. Enumerable.Repeat<object?>(uri, 3_000)]))), new RenderOptions { Limits = TemplateLimits.Server });

        Assert.IsLessThan(5_000, watch.ElapsedMilliseconds);
        Assert.HasCount(2, Media(result.Document), "the placeholder and the one picture");
    }

    [TestMethod]
    public void An_ordinary_image_is_still_placed_under_the_server_limits()
    {
        var result = RenderImage("data:image/png;base64," + Convert.ToBase64String(TestImages.Png(30, 20)), TemplateLimits.Server);

        Assert.IsEmpty(result.Diagnostics);
        Assert.HasCount(2, Media(result.Document));
    }

    private static RenderResult RenderImage(string value, TemplateLimits limits)
    {
        var template = DocxTemplate.Load(CreateWithPicture("<w:p>PICTURE</w:p>", Placeholder, "{{ anh }}"), "t.docx", limits);
        var result = template.Render(Record(("anh", value)), new RenderOptions { Limits = limits });
        AssertValid(result.Document);
        return result;
    }

    private static List<string> Media(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        return [.. zip.Entries.Where(e => e.FullName.Contains("media/", StringComparison.Ordinal)).Select(e => e.FullName)];
    }
}
