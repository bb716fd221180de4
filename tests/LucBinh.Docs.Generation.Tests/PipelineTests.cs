using System.Security.Cryptography;
using System.Text;
using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.TestSupport;

namespace LucBinh.Docs.Generation.Tests;

[TestClass]
public sealed class PipelineTests
{
    [TestMethod]
    public void Generate_writes_the_report_named_from_the_data_and_leaves_inputs_untouched()
    {
        var folder = RepoPaths.NewTempFolder();
        var tracker = Copy(RepoPaths.SampleTracker, folder);
        var template = RepoPaths.CopyTemplate(RepoPaths.ReportTemplate, folder);
        var before = (Hash(tracker), File.GetLastWriteTimeUtc(tracker), Hash(template), File.GetLastWriteTimeUtc(template));

        var result = ReportGenerator.Generate(new ReportRequest { TrackerPath = tracker, TemplatePath = template, OutputPath = Path.Combine(folder, "out") });

        Assert.AreEqual(Path.Combine(folder, "out", "Báo cáo phối hợp 6 tháng đầu năm 2024.docx"), result.OutputPath);
        Assert.IsTrue(File.Exists(result.OutputPath));
        Assert.AreEqual(before, (Hash(tracker), File.GetLastWriteTimeUtc(tracker), Hash(template), File.GetLastWriteTimeUtc(template)));
        Assert.IsEmpty(Directory.GetFiles(Path.Combine(folder, "out"), "*.tmp", SearchOption.AllDirectories), "no temporary file is left");
    }

    [TestMethod]
    public void Json_data_with_iso_dates_gives_the_same_report_as_the_tracker()
    {
        var folder = RepoPaths.NewTempFolder();
        var json = Path.Combine(folder, "data.json");
        File.WriteAllText(json, DataJson.Serialize(SampleReport.ReadData()), Encoding.UTF8);

        var fromJson = ReportGenerator.Generate(new ReportRequest { DataPath = json, TemplatePath = RepoPaths.ReportTemplate, OutputPath = Path.Combine(folder, "a.docx") });
        var fromTracker = ReportGenerator.Generate(new ReportRequest { TrackerPath = RepoPaths.SampleTracker, TemplatePath = RepoPaths.ReportTemplate, OutputPath = Path.Combine(folder, "b.docx") });

        Assert.AreEqual(WordText.Body(File.ReadAllBytes(fromTracker.OutputPath)), WordText.Body(File.ReadAllBytes(fromJson.OutputPath)));
        StringAssert.Contains(File.ReadAllText(json), "\"ngay_ban_hanh\": \"2024-06-20\"");
    }

    [TestMethod]
    public void Invalid_json_names_the_file_and_the_line()
    {
        var folder = RepoPaths.NewTempFolder();
        var json = Path.Combine(folder, "data.json");
        File.WriteAllText(json, "{\n  \"a\": 1,\n  \"b\": \n}");

        var error = Assert.ThrowsExactly<LucBinhException>(() =>
            ReportGenerator.Generate(new ReportRequest { DataPath = json, TemplatePath = RepoPaths.ReportTemplate, OutputPath = folder }));

        var message = error.Diagnostics.Single().Message();
        StringAssert.Contains(message, "data.json");
        StringAssert.Contains(message, "dòng 4");
    }

    [TestMethod]
    public void The_output_may_not_overwrite_the_template()
    {
        var folder = RepoPaths.NewTempFolder();
        var template = RepoPaths.CopyTemplate(RepoPaths.ReportTemplate, folder);
        var before = Hash(template);

        var error = Assert.ThrowsExactly<LucBinhException>(() =>
            ReportGenerator.Generate(new ReportRequest { TrackerPath = RepoPaths.SampleTracker, TemplatePath = template, OutputPath = template }));

        Assert.AreEqual("IO010", error.Diagnostics.Single().Code);
        Assert.AreEqual(before, Hash(template));
    }

    [TestMethod]
    [DataRow("Báo cáo: 6/2024?", "Báo cáo- 6-2024-")]
    [DataRow("  Báo  cáo.  ", "Báo cáo")]
    [DataRow("", "Bao cao")]
    public void Output_names_keep_vietnamese_and_drop_forbidden_characters(string name, string expected) =>
        Assert.AreEqual(expected, OutputNaming.Sanitize(name));

    private static string Copy(string file, string folder)
    {
        var target = Path.Combine(folder, Path.GetFileName(file));
        File.Copy(file, target);
        return target;
    }

    private static string Hash(string file) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));

    [TestMethod]
    public void Each_writes_one_report_per_item_named_from_the_item()
    {
        var folder = RepoPaths.NewTempFolder();
        var template = Path.Combine(folder, "thon.docx");
        File.WriteAllBytes(template, WordFixture.Create(WordFixture.P("{{ muc.thon }}: {{ muc.so_nguoi_tham_du }} người ({{ thong_tin_chung.ky_bao_cao }})")));

        var result = ReportGenerator.Generate(new ReportRequest
        {
            TrackerPath = RepoPaths.SampleTracker,
            TemplatePath = template,
            OutputPath = Path.Combine(folder, "out"),
            Each = "tuyen_truyen",
            NamePattern = "{{ muc.stt | pad: 2 }} {{ muc.thon }}",
        });

        Assert.HasCount(7, result.OutputPaths);
        var second = Path.Combine(folder, "out", "02 Thôn Khuổi Chủ.docx");
        CollectionAssert.Contains(result.OutputPaths.ToList(), second);
        Assert.AreEqual("Thôn Khuổi Chủ: 52 người (6 tháng đầu năm 2024)", WordText.BodyParagraphs(File.ReadAllBytes(second))[0]);
    }

    [TestMethod]
    public void Each_over_a_missing_list_says_which_name_is_wrong()
    {
        var error = Assert.ThrowsExactly<LucBinhException>(() => ReportGenerator.Generate(new ReportRequest
        {
            TrackerPath = RepoPaths.SampleTracker,
            TemplatePath = RepoPaths.ReportTemplate,
            OutputPath = RepoPaths.NewTempFolder(),
            Each = "khong_co",
        }));

        Assert.AreEqual("GEN001", error.Diagnostics.Single().Code);
        StringAssert.Contains(error.Diagnostics.Single().Message(), "khong_co");
    }
}
