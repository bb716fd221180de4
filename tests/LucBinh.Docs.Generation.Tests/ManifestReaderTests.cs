using System.Diagnostics;
using System.Text;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Generation.Catalogue;
using LucBinh.Docs.Localization;
using LucBinh.Docs.Tracker.Schema;

namespace LucBinh.Docs.Generation.Tests;

/// <summary>A template's manifest is read and checked: every problem names the file, the line and the JSON path.</summary>
[TestClass]
public sealed class ManifestReaderTests
{
    /// <summary>The example of docs/template-catalogue.md (CATALOGUE.md), line for line.</summary>
    private const string Minutes = """
        {
          "id": "bien-ban-hoi-nghi",
          "kind": "Minutes",
          "kindCode": "BB",
          "title": "Biên bản hội nghị",
          "description": "Biên bản hội nghị, cuộc họp của Đảng ủy.",
          "schema": {
            "title": "Sổ theo dõi hội nghị",
            "sheets": [
              { "name": "Thông tin chung", "shape": "Fields",
                "fields": [ { "header": "Người ký", "kind": "Text", "required": true, "carriedOver": true, "hint": "Họ và tên người ký." } ] },
              { "name": "Đại biểu", "shape": "List",
                "fields": [ { "header": "STT", "kind": "Number", "width": 6 },
                            { "header": "Họ và tên", "key": "ho_ten", "kind": "Text", "required": true },
                            { "header": "Tình trạng", "kind": "Choice", "choices": ["Có mặt", "Vắng có lý do"], "onlyChoices": true, "width": 18 } ] }
            ]
          }
        }
        """;

    private static ManifestReadResult Read(string json, string? id = "bien-ban-hoi-nghi") =>
        ManifestReader.Read(Encoding.UTF8.GetBytes(json), "bien-ban-hoi-nghi.json", id);

    private static Diagnostic Single(ManifestReadResult result, string code)
    {
        var found = result.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.HasCount(1, found, string.Join(Environment.NewLine, result.Diagnostics.Select(d => d.ToDisplayString())));
        return found[0];
    }

    [TestMethod]
    public void A_manifest_gives_kind_code_schema_and_keys_folded_from_headers()
    {
        var result = Read(Minutes);

        Assert.IsEmpty(result.Diagnostics);
        var manifest = result.Manifest!;
        Assert.AreEqual(("bien-ban-hoi-nghi", DocumentKind.Minutes, "BB", "Biên bản hội nghị"), (manifest.Id, manifest.Kind, manifest.KindCode, manifest.Title));
        var schema = manifest.Schema!;
        Assert.AreEqual("Sổ theo dõi hội nghị", schema.Title);
        CollectionAssert.AreEqual(new[] { "thong_tin_chung", "dai_bieu" }, schema.Sheets.Select(s => s.Key).ToArray());
        var info = schema.Sheet(TrackerKeys.Info)!;
        Assert.AreEqual(SheetShape.Fields, info.Shape);
        Assert.IsTrue(info.Field("nguoi_ky") is { Required: true, CarriedOver: true, Hint: "Họ và tên người ký." });
        var delegates = schema.Sheet("dai_bieu")!;
        Assert.AreEqual("DaiBieu", delegates.Table, "the table's name comes from the key when none is given");
        CollectionAssert.AreEqual(new[] { "stt", "ho_ten", "tinh_trang" }, delegates.Fields.Select(f => f.Key).ToArray());
        var status = delegates.Field("tinh_trang")!;
        Assert.AreEqual((FieldKind.Choice, 18d), (status.Kind, status.Width));
        CollectionAssert.AreEqual(new[] { "Có mặt", "Vắng có lý do" }, status.Choices!.ToArray());
    }

    [TestMethod]
    public void Without_a_schema_the_template_reads_the_committee_tracker_and_the_code_comes_from_the_kind()
    {
        var result = Read("""{ "kind": "Decision", "title": "Quyết định", "schema": null }""", "quyet-dinh");

        Assert.IsEmpty(result.Diagnostics);
        Assert.IsNull(result.Manifest!.Schema);
        Assert.AreEqual(("quyet-dinh", "QĐ"), (result.Manifest.Id, result.Manifest.KindCode));
        Assert.AreSame(TrackerSchema.Committee, new CatalogueEntry("x.docx", result.Manifest).Schema);
    }

    [TestMethod]
    public void An_unknown_kind_names_the_line_the_path_and_the_kinds_known()
    {
        var result = Read(Minutes.Replace("\"Minutes\"", "\"Memo\"", StringComparison.Ordinal));

        Assert.IsNull(result.Manifest);
        var problem = Single(result, "GEN023");
        Assert.AreEqual(new ManifestLocation("bien-ban-hoi-nghi.json", 3, "$.kind"), problem.Location);
        var text = problem.ToDisplayString(UiLanguage.Vietnamese);
        StringAssert.Contains(text, "tệp mô tả «bien-ban-hoi-nghi.json», dòng 3 ($.kind)");
        StringAssert.Contains(text, "«Memo» không phải loại văn bản đã biết");
        StringAssert.Contains(text, "Minutes");
        StringAssert.Contains(problem.ToDisplayString(UiLanguage.English), "manifest 'bien-ban-hoi-nghi.json', line 3 ($.kind): 'Memo' is not a known document kind");
    }

    [TestMethod]
    public void Two_columns_folding_to_one_key_are_a_duplicate_at_the_second_one()
    {
        var result = Read(Minutes.Replace("\"key\": \"ho_ten\", ", string.Empty, StringComparison.Ordinal)
            .Replace("\"Họ và tên\"", "\"Tình trạng\"", StringComparison.Ordinal));

        var problem = Single(result, "GEN025");
        Assert.AreEqual(new ManifestLocation("bien-ban-hoi-nghi.json", 15, "$.schema.sheets[1].fields[2].header"), problem.Location);
        StringAssert.Contains(problem.Message(), "cột «tinh_trang» bị trùng (đã có ở dòng 14 ($.schema.sheets[1].fields[1]))");
    }

    [TestMethod]
    public void A_choice_without_choices_a_bad_table_name_and_a_missing_header_are_all_listed_at_once()
    {
        var json = Minutes
            .Replace("\"choices\": [\"Có mặt\", \"Vắng có lý do\"], ", string.Empty, StringComparison.Ordinal)
            .Replace("{ \"name\": \"Đại biểu\", \"shape\": \"List\",", "{ \"name\": \"Đại biểu\", \"shape\": \"List\", \"table\": \"A1\",", StringComparison.Ordinal)
            .Replace("{ \"header\": \"STT\", ", "{ ", StringComparison.Ordinal);

        var result = Read(json);

        Assert.IsNull(result.Manifest);
        StringAssert.Contains(Single(result, "GEN026").Message(), "Cột «Tình trạng» có kiểu Choice nhưng không có danh sách «choices»");
        var table = Single(result, "GEN027");
        Assert.AreEqual("$.schema.sheets[1].table", ((ManifestLocation)table.Location!).JsonPath);
        StringAssert.Contains(table.Message(UiLanguage.English), "Excel table name 'A1' is not valid");
        var header = Single(result, "GEN024");
        Assert.AreEqual(new ManifestLocation("bien-ban-hoi-nghi.json", 13, "$.schema.sheets[1].fields[0].header"), header.Location);
    }

    [TestMethod]
    public void A_key_with_accents_and_a_header_folding_to_nothing_are_refused()
    {
        var result = Read(Minutes
            .Replace("\"key\": \"ho_ten\"", "\"key\": \"Họ tên\"", StringComparison.Ordinal)
            .Replace("\"header\": \"STT\"", "\"header\": \"#\"", StringComparison.Ordinal));

        StringAssert.Contains(Single(result, "GEN027").Message(), "Khóa «Họ tên» không hợp lệ");
        Assert.AreEqual("$.schema.sheets[1].fields[0].key", ((ManifestLocation)Single(result, "GEN024").Location!).JsonPath);
    }

    [TestMethod]
    public void A_missing_sample_is_a_warning_and_an_id_unlike_the_file_name_too()
    {
        var folder = TestFolder();
        var result = ManifestReader.Read(
            Encoding.UTF8.GetBytes("""{ "id": "bien-ban", "kind": "Minutes", "title": "Biên bản", "sample": "samples/khong-co.xlsx" }"""),
            "bien-ban-hoi-nghi.json",
            "bien-ban-hoi-nghi",
            folder: folder);

        Assert.IsNotNull(result.Manifest);
        Assert.IsFalse(result.HasErrors);
        Assert.AreEqual("bien-ban-hoi-nghi", result.Manifest.Id, "the file name is the id");
        StringAssert.Contains(Single(result, "GEN028").Message(), "samples/khong-co.xlsx");
        StringAssert.Contains(Single(result, "GEN027").Message(), "mã mẫu phải trùng với tên tệp «bien-ban-hoi-nghi»");
    }

    [TestMethod]
    public void Text_that_is_not_json_names_its_line()
    {
        var result = Read("{\n  \"kind\": \"Minutes\",\n  \"title\": \n}");

        var problem = Single(result, "GEN022");
        Assert.AreEqual(4, ((ManifestLocation)problem.Location!).Line);
    }

    [TestMethod]
    public void A_value_of_the_wrong_type_names_its_path()
    {
        var result = Read(Minutes.Replace("\"required\": true, \"carriedOver\"", "\"required\": \"có\", \"carriedOver\"", StringComparison.Ordinal));

        var location = (ManifestLocation)Single(result, "GEN022").Location!;
        Assert.AreEqual(("$.schema.sheets[0].fields[0].required", 11), (location.JsonPath, location.Line));
    }

    [TestMethod]
    public void A_manifest_over_one_megabyte_is_refused_before_it_is_parsed()
    {
        var folder = TestFolder();
        var path = Path.Combine(folder, "lon.json");
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes("{ \"title\": \"" + new string('x', 2 * 1024 * 1024) + "\" }"));

        var result = ManifestReader.ReadFile(path, "lon");

        StringAssert.Contains(Single(result, "GEN020").Message(), "quá giới hạn 1,048,576 byte");
    }

    [TestMethod]
    public void Thousands_of_sheets_are_refused_by_the_scan_in_milliseconds()
    {
        var sheets = string.Join(",", Enumerable.Range(0, 20_000).Select(i => "{}"));
        var json = Encoding.UTF8.GetBytes("{ \"kind\": \"Report\", \"title\": \"x\", \"schema\": { \"sheets\": [" + sheets + "] } }");
        var clock = Stopwatch.StartNew();

        var result = ManifestReader.Read(json, "nhieu.json", "nhieu");

        clock.Stop();
        var problem = Single(result, "GEN021");
        Assert.AreEqual("$.schema.sheets[100]", ((ManifestLocation)problem.Location!).JsonPath);
        StringAssert.Contains(problem.Message(), "quá nhiều trang tính (giới hạn 100)");
        Assert.IsLessThan(1000, clock.ElapsedMilliseconds, "refused by counting, not by building 20,000 sheets");
    }

    [TestMethod]
    public void Deep_nesting_and_a_huge_string_are_refused()
    {
        var deep = ManifestReader.Read(Encoding.UTF8.GetBytes("{ \"x\": " + new string('[', 50) + new string(']', 50) + " }"), "sau.json", "sau");
        var huge = ManifestReader.Read(Encoding.UTF8.GetBytes("{ \"description\": \"" + new string('a', 20_000) + "\" }"), "dai.json", "dai");

        StringAssert.Contains(Single(deep, "GEN021").Message(UiLanguage.English), "levels of nesting (limit 16)");
        Assert.AreEqual("$.description", ((ManifestLocation)Single(huge, "GEN021").Location!).JsonPath);
    }

    [TestMethod]
    public void A_byte_order_mark_comments_and_trailing_commas_are_accepted()
    {
        var json = "\uFEFF{\n  // mẫu thử\n  \"kind\": \"notice\", \"title\": \"Thông báo\",\n}";

        var result = Read(json, "thong-bao");

        Assert.IsEmpty(result.Diagnostics);
        Assert.AreEqual(DocumentKind.Notice, result.Manifest!.Kind);
    }

    [TestMethod]
    public void Each_must_name_a_list_of_the_schema()
    {
        var result = Read(Minutes.Replace("\"description\":", "\"each\": \"khach_moi\", \"description\":", StringComparison.Ordinal));

        var problem = Single(result, "GEN023");
        StringAssert.Contains(problem.Message(), "«khach_moi» không phải danh sách");
        StringAssert.Contains(problem.Message(), "dai_bieu");
    }

    internal static string TestFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "lucbinh-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
