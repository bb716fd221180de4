using ClosedXML.Excel;
using LucBinh.Docs.TestSupport;

namespace LucBinh.Docs.Web.Tests;

/// <summary>Workbooks for the tests: the sample tracker, and copies of it with a known mistake.</summary>
internal static class Trackers
{
    public static byte[] Sample { get; } = File.ReadAllBytes(RepoPaths.SampleTracker);

    /// <summary>The sample with the value of "Người ký" on Thông tin chung emptied; returns the emptied cell's address.</summary>
    public static (byte[] Workbook, string Address) WithoutSigner()
    {
        using var workbook = new XLWorkbook(new MemoryStream(Sample));
        var sheet = workbook.Worksheet("Thông tin chung");
        var label = sheet.CellsUsed().First(c => c.GetString().Trim() == "Người ký");
        var value = label.CellRight();
        value.Clear(XLClearOptions.Contents);
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return (output.ToArray(), "Thông tin chung!" + value.Address.ToStringRelative());
    }
}
