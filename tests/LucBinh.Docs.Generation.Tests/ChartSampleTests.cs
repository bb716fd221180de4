using System.IO.Compression;
using System.Xml.Linq;
using LucBinh.Docs.Templating;
using LucBinh.Docs.TestSupport;

namespace LucBinh.Docs.Generation.Tests;

/// <summary>The bundled chart sample (templates/samples/bieu-do-tuyen-truyen.docx) over the sample tracker.</summary>
[TestClass]
public sealed class ChartSampleTests
{
    private static readonly XNamespace C = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    [TestMethod]
    public void The_chart_sample_draws_attendees_per_village_and_sessions_per_form_of_the_period()
    {
        var template = DocxTemplate.Load(Path.Combine(RepoPaths.Templates, "samples", "bieu-do-tuyen-truyen.docx"));
        Assert.IsEmpty(template.Diagnostics, string.Join("\n", template.Diagnostics.Select(d => d.ToDisplayString())));

        var result = template.Render(SampleReport.ReadData());

        Assert.IsEmpty(result.Diagnostics, string.Join("\n", result.Diagnostics.Select(d => d.ToDisplayString())));
        Assert.IsEmpty(WordValidation.Errors(result.Document));
        var (villages, attendees) = Series(result.Document, "word/charts/chart1.xml");
        CollectionAssert.AreEqual(new[] { "Thôn Bản Chang", "Thôn Khuổi Chủ", "Thôn Nà Lẹng", "Thôn Nà Pài" }, villages);
        CollectionAssert.AreEqual(new[] { "81", "87", "48", "61" }, attendees, "summed over the sessions of the period only (Nà Pài's 2023 session is left out)");
        var (forms, sessions) = Series(result.Document, "word/charts/chart2.xml");
        Assert.AreEqual(6, sessions.Select(int.Parse).Sum(), "the period's six sessions, by form");
        Assert.HasCount(forms.Length, sessions);
    }

    private static (string[] Categories, string[] Values) Series(byte[] docx, string part)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var stream = zip.GetEntry(part)!.Open();
        var series = XDocument.Load(stream).Descendants(C + "ser").Single();
        string[] Points(string name) => [.. series.Element(C + name)!.Descendants(C + "pt").Select(p => p.Element(C + "v")!.Value)];
        return (Points("cat"), Points("val"));
    }
}
