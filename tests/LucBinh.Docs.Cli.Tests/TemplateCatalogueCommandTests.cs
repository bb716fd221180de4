using System.Diagnostics;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using LucBinh.Docs.Data;
using LucBinh.Docs.Generation.Catalogue;
using LucBinh.Docs.TestSupport;
using LucBinh.Docs.Tracker;

namespace LucBinh.Docs.Cli.Tests;

/// <summary>
/// The catalogue on the command line: <c>templates [--json]</c>, <c>--template</c> as an id or a path, a template's own
/// sample used when no tracker is named, and <c>init-tracker --template/--all</c> writing exactly the sheets needed.
/// </summary>
[TestClass]
public sealed class TemplateCatalogueCommandTests
{
    private const string MinutesManifest = """
        {
          "kind": "Minutes",
          "kindCode": "BB",
          "title": "Biên bản họp chi bộ",
          "description": "Biên bản cuộc họp: người ký và đại biểu.",
          "sample": "samples/bien-ban-thu.xlsx",
          "schema": {
            "title": "Sổ theo dõi họp",
            "sheets": [
              { "name": "Thông tin chung", "shape": "Fields",
                "fields": [ { "header": "Người ký", "required": true, "carriedOver": true, "hint": "Họ và tên người ký." } ] },
              { "name": "Đại biểu", "shape": "List", "carriedOver": true,
                "fields": [ { "header": "Họ và tên", "kind": "Text", "required": true, "width": 28 },
                            { "header": "Tình trạng", "kind": "Choice", "choices": ["Có mặt", "Vắng có lý do"] } ] }
            ]
          }
        }
        """;

    /// <summary>A catalogue folder holding one minutes template (signer + delegates), its manifest and its sample.</summary>
    /// <param name="signer">The sample's signer (a required field the template uses); null leaves it blank.</param>
    private static string MinutesCatalogue(string? signer = "Hoàng Văn Thử")
    {
        var folder = RepoPaths.NewTempFolder();
        File.WriteAllBytes(Path.Combine(folder, "bien-ban-thu.docx"), WordFixture.Create(
            WordFixture.P("BIÊN BẢN HỌP") +
            WordFixture.P("{% for d in dai_bieu %}") + WordFixture.P("Đồng chí {{ d.ho_va_ten }}: {{ d.tinh_trang }}") + WordFixture.P("{% endfor %}") +
            WordFixture.P("Người ký: {{ thong_tin_chung.nguoi_ky }}")));
        File.WriteAllText(Path.Combine(folder, "bien-ban-thu.json"), MinutesManifest, Encoding.UTF8);
        Directory.CreateDirectory(Path.Combine(folder, "samples"));
        var schema = ManifestReader.Read(Encoding.UTF8.GetBytes(MinutesManifest), "bien-ban-thu.json", "bien-ban-thu").Manifest!.Schema!;
        var sample = new DataRecord();
        var info = new DataRecord();
        info.Set("nguoi_ky", signer);
        sample.Set("thong_tin_chung", info);
        var delegates = new DataList();
        foreach (var (name, status) in new[] { ("Nông Thị Mai", "Có mặt"), ("Lý Văn Sơn", "Vắng có lý do") })
        {
            var row = new DataRecord();
            row.Set("ho_va_ten", name);
            row.Set("tinh_trang", status);
            delegates.Add(row);
        }

        sample.Set("dai_bieu", delegates);
        BlankTracker.Write(Path.Combine(folder, "samples", "bien-ban-thu.xlsx"), sample, schema);
        return folder;
    }

    private static string[] SheetNames(string workbook)
    {
        using var document = SpreadsheetDocument.Open(workbook, false);
        return [.. document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value!)];
    }

    private static List<string> SpreadsheetErrors(string workbook)
    {
        using var document = SpreadsheetDocument.Open(workbook, false);
        return [.. new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];
    }

    [TestMethod]
    public void Templates_lists_the_bundled_catalogue_by_kind_with_the_sheets_and_the_command_to_try_it()
    {
        var run = CliRunner.InProcess("templates");

        Assert.AreEqual(0, run.ExitCode, run.Error);
        StringAssert.Contains(run.Output, "BÁO CÁO");
        StringAssert.Contains(run.Output, "  bao-cao-ket-qua-phoi-hop [BC] — Báo cáo kết quả phối hợp");
        StringAssert.Contains(run.Output, "Sổ theo dõi cần: Thông tin chung, Văn bản căn cứ, Văn bản cung cấp, Tuyên truyền, Dư luận, Nhiệm vụ, Nơi nhận");
        StringAssert.Contains(run.Output, "Thử ngay: lucbinh-docs generate --template bao-cao-ket-qua-phoi-hop");
        var english = CliRunner.InProcess("templates", "--lang", "en");
        StringAssert.Contains(english.Output, "REPORTS");
        StringAssert.Contains(english.Output, "Tracker sheets: Thông tin chung");
    }

    [TestMethod]
    public void Templates_json_gives_each_template_its_kind_and_the_sheets_with_their_keys()
    {
        var folder = MinutesCatalogue();
        RepoPaths.CopyTemplate(RepoPaths.ReportTemplate, folder, "mau-rieng.docx");

        var run = CliRunner.InProcess("templates", "--json", "--folder", folder);

        Assert.AreEqual(0, run.ExitCode, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var templates = json.RootElement.EnumerateArray().ToList();
        CollectionAssert.AreEqual(new[] { "bien-ban-thu", "mau-rieng" }, templates.Select(t => t.GetProperty("id").GetString()).ToArray());
        var minutes = templates[0];
        Assert.AreEqual(("Minutes", "BB", "Biên bản", "Biên bản họp chi bộ"), (minutes.GetProperty("kind").GetString(), minutes.GetProperty("kindCode").GetString(), minutes.GetProperty("kindName").GetString(), minutes.GetProperty("title").GetString()));
        Assert.AreEqual(Path.Combine(folder, "samples", "bien-ban-thu.xlsx"), minutes.GetProperty("sample").GetString());
        var sheets = minutes.GetProperty("sheets").EnumerateArray().ToList();
        CollectionAssert.AreEqual(new[] { "thong_tin_chung", "dai_bieu" }, sheets.Select(s => s.GetProperty("key").GetString()).ToArray());
        Assert.AreEqual("DaiBieu", sheets[1].GetProperty("table").GetString());
        CollectionAssert.AreEqual(new[] { "ho_va_ten", "tinh_trang" }, sheets[1].GetProperty("fields").EnumerateArray().Select(f => f.GetString()).ToArray());
        Assert.AreEqual("Other", templates[1].GetProperty("kind").GetString(), "a template without manifest");
        Assert.AreEqual(7, templates[1].GetProperty("sheets").GetArrayLength(), "the committee's tracker");
    }

    [TestMethod]
    public void A_broken_manifest_is_listed_with_its_line_and_exit_code_1()
    {
        var folder = MinutesCatalogue();
        File.WriteAllText(Path.Combine(folder, "bien-ban-thu.json"), MinutesManifest.Replace("\"kind\": \"Choice\", ", "\"kind\": \"Chon\", ", StringComparison.Ordinal), Encoding.UTF8);

        var run = CliRunner.InProcess("templates", "--folder", folder);
        var english = CliRunner.InProcess("templates", "--json", "--folder", folder, "--lang", "en");

        Assert.AreEqual(1, run.ExitCode);
        StringAssert.Contains(run.Error, "Lỗi GEN023 — tệp mô tả «" + Path.Combine(folder, "bien-ban-thu.json") + "», dòng 14 ($.schema.sheets[1].fields[1].kind): «Chon» không phải kiểu cột đã biết.");
        Assert.AreEqual(1, english.ExitCode);
        StringAssert.Contains(english.Error, "'Chon' is not a known column kind");
        Assert.AreEqual("Other", JsonDocument.Parse(english.Output).RootElement[0].GetProperty("kind").GetString(), "still listed, as a stand-in");
    }

    [TestMethod]
    public void Generate_with_a_template_id_and_no_tracker_uses_the_template_own_sample()
    {
        var folder = RepoPaths.NewTempFolder();

        var run = CliRunner.InProcess("generate", "--template", "bao-cao-ket-qua-phoi-hop", "--out", Path.Combine(folder, "bao-cao.docx"));

        Assert.AreEqual(0, run.ExitCode, run.Error);
        StringAssert.Contains(WordText.Body(File.ReadAllBytes(Path.Combine(folder, "bao-cao.docx"))), "thu hút 214 người tham dự");
    }

    [TestMethod]
    public void A_template_given_by_path_brings_its_manifest_sample()
    {
        var catalogue = MinutesCatalogue();
        var output = Path.Combine(RepoPaths.NewTempFolder(), "bien-ban.docx");

        var run = CliRunner.InProcess("generate", "--template", Path.Combine(catalogue, "bien-ban-thu.docx"), "--out", output);

        Assert.AreEqual(0, run.ExitCode, run.Error);
        var body = WordText.Body(File.ReadAllBytes(output));
        StringAssert.Contains(body, "Đồng chí Lý Văn Sơn: Vắng có lý do");
        StringAssert.Contains(body, "Người ký: Hoàng Văn Thử");
    }

    [TestMethod]
    public void An_unknown_id_is_refused_with_the_closest_one_in_vietnamese_and_english()
    {
        var run = CliRunner.InProcess("generate", "--template", "bao-cao-ket-qua-phoi-ho");
        var english = CliRunner.InProcess("check", "--template", "bao-cao-phoi-hop", "--lang", "en");

        Assert.AreEqual(1, run.ExitCode);
        StringAssert.Contains(run.Error, "Lỗi GEN029: Không có mẫu «bao-cao-ket-qua-phoi-ho»");
        StringAssert.Contains(run.Error, "Có phải ý bạn là «bao-cao-ket-qua-phoi-hop»?");
        Assert.AreEqual(1, english.ExitCode);
        StringAssert.Contains(english.Error, "There is no template 'bao-cao-phoi-hop'");
        Assert.DoesNotContain(" at ", run.Error + english.Error, "no stack trace");
    }

    [TestMethod]
    public void Check_accepts_a_template_id()
    {
        var run = CliRunner.InProcess("check", "--template", "bao-cao-ket-qua-phoi-hop", "--tracker", CliRunner.Sample);

        Assert.AreEqual(0, run.ExitCode, run.Output + run.Error);
        StringAssert.Contains(run.Output, "Kết quả kiểm tra: 0 lỗi, 0 cảnh báo.");
    }

    [TestMethod]
    public void Check_with_a_template_id_and_no_tracker_checks_its_own_sample_and_says_so()
    {
        var sample = Path.Combine("templates", "samples", "bien-ban-hoi-nghi.xlsx") + "\n"; // the bundled catalogue's copy

        var run = CliRunner.InProcess("check", "--template", "bien-ban-hoi-nghi");
        var english = CliRunner.InProcess("check", "--template", "bien-ban-hoi-nghi", "--lang", "en");

        Assert.AreEqual(0, run.ExitCode, run.Output + run.Error);
        StringAssert.Contains(run.Output, "Không có --tracker: kiểm tra mẫu «bien-ban-hoi-nghi» với sổ theo dõi mẫu của nó: ");
        StringAssert.Contains(run.Output, sample);
        StringAssert.Contains(run.Output, "Kết quả kiểm tra: 0 lỗi");
        StringAssert.Contains(english.Output, "No --tracker: checking template «bien-ban-hoi-nghi» with its own sample tracker: ");
    }

    [TestMethod]
    public void Check_of_a_template_alone_finds_the_problems_of_its_sample()
    {
        // The sample's blank signer is a required field the template uses: only a check that read the sample sees it.
        var catalogue = MinutesCatalogue(signer: null);

        var run = CliRunner.InProcess("check", "--template", Path.Combine(catalogue, "bien-ban-thu.docx"));
        var withTracker = CliRunner.InProcess("check", "--template", Path.Combine(catalogue, "bien-ban-thu.docx"), "--tracker", CliRunner.Sample);

        Assert.AreEqual(1, run.ExitCode, run.Output + run.Error);
        StringAssert.Contains(run.Output, Path.Combine(catalogue, "samples", "bien-ban-thu.xlsx"));
        StringAssert.Contains(run.Output, "TRK031");
        Assert.DoesNotContain("Không có --tracker", withTracker.Output, "a tracker given is the one checked");
    }

    [TestMethod]
    public void Init_tracker_for_one_template_writes_exactly_its_sheets_and_its_own_rows_render_it()
    {
        var catalogue = MinutesCatalogue();
        var folder = RepoPaths.NewTempFolder();
        var tracker = Path.Combine(folder, "so-hop.xlsx");
        var template = Path.Combine(catalogue, "bien-ban-thu.docx");

        var run = CliRunner.InProcess("init-tracker", "--template", template, "--from", Path.Combine(catalogue, "samples", "bien-ban-thu.xlsx"), "--out", tracker);

        Assert.AreEqual(0, run.ExitCode, run.Error);
        StringAssert.Contains(run.Output, "Các trang tính: Thông tin chung, Đại biểu");
        CollectionAssert.AreEqual(new[] { "Thông tin chung", "Đại biểu" }, SheetNames(tracker));
        Assert.IsEmpty(SpreadsheetErrors(tracker));
        var output = Path.Combine(folder, "bien-ban.docx");
        Assert.AreEqual(0, CliRunner.InProcess("generate", "--template", template, "--tracker", tracker, "--out", output).ExitCode);
        StringAssert.Contains(WordText.Body(File.ReadAllBytes(output)), "Đồng chí Nông Thị Mai: Có mặt", "carried-over rows of the new book render the minutes");
    }

    [TestMethod]
    public void Init_tracker_for_several_templates_writes_their_union_with_shared_sheets_once()
    {
        var catalogue = MinutesCatalogue();
        var tracker = Path.Combine(RepoPaths.NewTempFolder(), "so-chung.xlsx");

        var run = CliRunner.InProcess("init-tracker", "--template", "bao-cao-ket-qua-phoi-hop", "--template", Path.Combine(catalogue, "bien-ban-thu.docx"), "--out", tracker);

        Assert.AreEqual(0, run.ExitCode, run.Error);
        CollectionAssert.AreEqual(
            new[] { "Thông tin chung", "Văn bản căn cứ", "Văn bản cung cấp", "Tuyên truyền", "Dư luận", "Nhiệm vụ", "Nơi nhận", "Đại biểu" },
            SheetNames(tracker));
        var read = TrackerReader.Read(tracker);
        Assert.IsTrue(read.Data["thong_tin_chung"] is DataRecord info && info.ContainsKey("nguoi_ky") && info.ContainsKey("ky_bao_cao"));
    }

    [TestMethod]
    public void Init_tracker_refuses_an_unknown_template_before_writing_anything()
    {
        var tracker = Path.Combine(RepoPaths.NewTempFolder(), "so.xlsx");

        var run = CliRunner.InProcess("init-tracker", "--template", "bien-ban-hoi-ngi", "--out", tracker, "--lang", "en");

        Assert.AreEqual(1, run.ExitCode);
        StringAssert.Contains(run.Error, "GEN029");
        Assert.IsFalse(File.Exists(tracker));
    }

    [TestMethod]
    public void An_office_templates_folder_serves_ids_to_every_command()
    {
        var catalogue = MinutesCatalogue();
        var work = RepoPaths.NewTempFolder();

        var list = RunTool(work, catalogue, "templates");
        var generate = RunTool(work, catalogue, "generate", "--template", "bien-ban-thu");
        var all = RunTool(work, catalogue, "init-tracker", "--all", "--out", "tat-ca.xlsx");

        Assert.AreEqual(0, list.ExitCode, list.Error);
        StringAssert.Contains(list.Output, "BIÊN BẢN");
        StringAssert.Contains(list.Output, "  bien-ban-thu [BB] — Biên bản họp chi bộ");
        Assert.AreEqual(0, generate.ExitCode, generate.Error);
        var report = Directory.GetFiles(Path.Combine(work, "out"), "*.docx").Single();
        StringAssert.Contains(WordText.Body(File.ReadAllBytes(report)), "Người ký: Hoàng Văn Thử");
        Assert.AreEqual(0, all.ExitCode, all.Error);
        CollectionAssert.AreEqual(new[] { "Thông tin chung", "Đại biểu" }, SheetNames(Path.Combine(work, "tat-ca.xlsx")));
    }

    /// <summary>The real tool with <c>LUCBINH_TEMPLATES</c> naming the office's folder.</summary>
    private static CliRun RunTool(string workingDirectory, string templatesFolder, params string[] args)
    {
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var tool = Path.Combine(RepoPaths.Root, "src", "LucBinh.Docs.Cli", "bin", configuration, "net10.0", "lucbinh-docs.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(tool);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("LUCBINH_LANG");
        start.Environment["LUCBINH_TEMPLATES"] = templatesFolder;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.IsTrue(process.WaitForExit(TimeSpan.FromMinutes(2)), "lucbinh-docs finished");
        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }
}
