using LucBinh.Docs.Data;
using LucBinh.Docs.Templating;
using LucBinh.Docs.TestSupport;
using LucBinh.Docs.Tracker;

namespace LucBinh.Docs.Generation.Tests;

/// <summary>The committed sample tracker and template, read once for the tests of this project.</summary>
internal static class SampleReport
{
    private static readonly Lazy<DocxTemplate> LazyTemplate = new(() => DocxTemplate.Load(RepoPaths.ReportTemplate));

    public static DocxTemplate Template => LazyTemplate.Value;

    /// <summary>A fresh copy of the sample tracker's data, free to change.</summary>
    public static DataRecord ReadData() => TrackerReader.Read(RepoPaths.SampleTracker).Data;

    public static byte[] Render(DataRecord data)
    {
        var result = Template.Render(data);
        Assert.IsEmpty(result.Diagnostics, string.Join("\n", result.Diagnostics.Select(d => d.ToDisplayString())));
        return result.Document;
    }

    public static DataRecord Info(DataRecord data) => (DataRecord)data["thong_tin_chung"]!;

    public static DataList Rows(DataRecord data, string key) => (DataList)data[key]!;
}
