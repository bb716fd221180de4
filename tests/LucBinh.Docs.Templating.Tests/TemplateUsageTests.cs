using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Templating.Analysis;
using static LucBinh.Docs.TestSupport.WordFixture;

namespace LucBinh.Docs.Templating.Tests;

/// <summary>
/// What a template uses, read from its tags without data (issue 12): loop variables resolve to their list, aliases to what
/// they were given, filter arguments that name a column to that column of the rows; each path with its first place.
/// </summary>
[TestClass]
public sealed class TemplateUsageTests
{
    private static TemplateUsage UsageOf(string body, string? header = null)
    {
        var template = DocxTemplate.Load(Create(body, header), "t.docx");
        Assert.IsFalse(template.HasErrors, string.Join("\n", template.Diagnostics));
        return template.Usage;
    }

    private static string[] Paths(TemplateUsage usage) => [.. usage.Paths.Select(p => p.Path)];

    [TestMethod]
    public void An_output_tag_uses_its_path_at_its_paragraph()
    {
        var usage = UsageOf(P("Kính gửi") + P("Người ký: {{ thong_tin_chung.nguoi_ky }}"));

        CollectionAssert.AreEqual(new[] { "thong_tin_chung.nguoi_ky" }, Paths(usage));
        var used = usage.Paths[0];
        Assert.AreEqual("thong_tin_chung", used.Root);
        Assert.AreEqual("nguoi_ky", used.Field);
        Assert.IsFalse(used.FromRows);
        Assert.AreEqual(2, ((DocumentLocation)used.Location).Paragraph);
        Assert.IsTrue(usage.IsComplete);
    }

    [TestMethod]
    public void A_loop_variable_is_a_row_of_its_list_and_nested_loops_resolve_through_it()
    {
        var usage = UsageOf(
            P("{% for r in van_ban_cung_cap %}") + P("{{ r.so_ky_hieu }} {{ forloop.index }}") + P("{% endfor %}") +
            P("{% assign nhom = tuyen_truyen | group_by: \"thon\" %}{% for g in nhom %}") + P("{{ g.name }}: {% for s in g.items %}{{ s.noi_dung }}{% endfor %}") + P("{% endfor %}") +
            P("{{ r.khong_con }}"));

        var paths = Paths(usage);
        CollectionAssert.Contains(paths, "van_ban_cung_cap");
        CollectionAssert.Contains(paths, "van_ban_cung_cap[].so_ky_hieu");
        CollectionAssert.Contains(paths, "tuyen_truyen[].thon", "group_by's column, and g.name is that column");
        CollectionAssert.Contains(paths, "tuyen_truyen[].noi_dung", "a loop over g.items reads the rows of the grouped list");
        CollectionAssert.Contains(paths, "r.khong_con", "after endfor r is no longer the loop's row");
        Assert.IsFalse(paths.Any(p => p.StartsWith("forloop", StringComparison.Ordinal) || p.StartsWith("g.", StringComparison.Ordinal) || p.StartsWith("s.", StringComparison.Ordinal)), string.Join(", ", paths));
        var row = usage.Find("van_ban_cung_cap[].so_ky_hieu")!;
        Assert.IsTrue(row.FromRows);
        Assert.AreEqual("so_ky_hieu", row.Field);
        Assert.AreEqual(2, ((DocumentLocation)row.Location).Paragraph);
    }

    [TestMethod]
    public void Assign_and_capture_are_aliases_not_sheets()
    {
        var usage = UsageOf(
            P("{% assign ttc = thong_tin_chung %}{% assign ds = du_luan | where: \"tinh_trang\", \"Đang theo dõi\" | sort: \"ngay_ghi_nhan\" %}") +
            P("{{ ttc.ky_bao_cao }}") +
            P("{% capture ten %}{{ ttc.ten_co_quan }}{% endcapture %}{{ ten }}") +
            P("{% for d in ds %}{{ d.noi_dung }}{% endfor %}{{ ds.size }}{{ ds.first.nguon }}"));

        var paths = Paths(usage);
        CollectionAssert.IsSubsetOf(
            new[] { "thong_tin_chung.ky_bao_cao", "thong_tin_chung.ten_co_quan", "du_luan[].tinh_trang", "du_luan[].ngay_ghi_nhan", "du_luan[].noi_dung", "du_luan[].nguon" },
            paths);
        Assert.IsFalse(paths.Any(p => p.StartsWith("ttc", StringComparison.Ordinal) || p.StartsWith("ds", StringComparison.Ordinal) || p == "ten"), string.Join(", ", paths));
        CollectionAssert.AreEquivalent(new[] { "thong_tin_chung", "du_luan" }, usage.Roots.ToArray());
    }

    [TestMethod]
    public void Filters_that_take_a_column_use_that_column_of_the_rows()
    {
        var usage = UsageOf(
            P("{{ tuyen_truyen | sum: \"so_nguoi_tham_du\" }} {{ tuyen_truyen | count: \"hinh_thuc\", \"Họp thôn\" }}") +
            P("{{ tuyen_truyen | in_period: \"ngay\", thong_tin_chung.tu_ngay, thong_tin_chung.den_ngay | size }}") +
            P("{{ van_ban_cung_cap | where_exp: \"v\", \"v.co_quan_cung_cap == 'HĐND'\" | map: \"trich_yeu\" | join_vi }}") +
            P("{{ noi_nhan | vi_sort: \"Nơi nhận\" | first }} {{ nhiem_vu | avg: \"stt\" }} {{ du_luan | distinct: \"nguon\" | size }}"));

        var paths = Paths(usage);
        foreach (var expected in new[]
        {
            "tuyen_truyen[].so_nguoi_tham_du", "tuyen_truyen[].hinh_thuc", "tuyen_truyen[].ngay", "thong_tin_chung.tu_ngay",
            "thong_tin_chung.den_ngay", "van_ban_cung_cap[].co_quan_cung_cap", "van_ban_cung_cap[].trich_yeu",
            "noi_nhan[].noi_nhan", "nhiem_vu[].stt", "du_luan[].nguon",
        })
        {
            CollectionAssert.Contains(paths, expected, string.Join(", ", paths));
        }

        Assert.IsTrue(usage.Find("tuyen_truyen[].so_nguoi_tham_du")!.Column);
        Assert.IsFalse(paths.Any(p => p.StartsWith("v.", StringComparison.Ordinal)), "where_exp's variable is a row");
    }

    [TestMethod]
    public void A_batch_item_becomes_a_row_of_the_batch_list()
    {
        var usage = UsageOf(P("Kính gửi {{ muc.ten }} ở {{ muc.thon }}, {{ thong_tin_chung.dia_danh }}"));

        CollectionAssert.Contains(Paths(usage), "muc.ten");
        var batch = usage.ForBatch("khach_moi");
        CollectionAssert.AreEquivalent(new[] { "khach_moi[].ten", "khach_moi[].thon", "thong_tin_chung.dia_danh" }, Paths(batch));
    }

    [TestMethod]
    public void Conditions_and_headers_are_read_and_a_key_written_as_a_label_is_folded()
    {
        var usage = UsageOf(
            P("{% if thong_tin_chung.gui_kem != blank %}Gửi kèm{% elsif thong_tin_chung.so_van_ban > 0 %}x{% endif %}") +
            P("{% case thong_tin_chung.cap_uy_cap_tren %}{% when \"Huyện ủy\" %}h{% endcase %}") +
            P("{% for r in du_luan %}{{ r[\"Tình trạng\"] }}{% endfor %}"),
            header: P("{{ thong_tin_chung.co_quan_ban_hanh }}"));

        var paths = Paths(usage);
        CollectionAssert.IsSubsetOf(
            new[] { "thong_tin_chung.gui_kem", "thong_tin_chung.so_van_ban", "thong_tin_chung.cap_uy_cap_tren", "du_luan[].tinh_trang", "thong_tin_chung.co_quan_ban_hanh" },
            paths);
        Assert.AreEqual(DocumentPart.Header, ((DocumentLocation)usage.Find("thong_tin_chung.co_quan_ban_hanh")!.Location).Part);
    }

    [TestMethod]
    public void A_name_known_only_when_rendering_makes_the_usage_incomplete()
    {
        var usage = UsageOf(P("{% assign k = \"nguoi_ky\" %}{{ thong_tin_chung[k] }}"));

        Assert.IsFalse(usage.IsComplete);
        CollectionAssert.Contains(Paths(usage), "thong_tin_chung", "the record itself is used");
    }

    [TestMethod]
    public void The_bundled_template_uses_its_sheets_and_not_every_header_field()
    {
        var template = DocxTemplate.Load(TestSupport.RepoPaths.ReportTemplate);
        var usage = template.Usage;

        Assert.IsTrue(usage.IsComplete, usage.ToString());
        CollectionAssert.Contains(Paths(usage), "thong_tin_chung.nguoi_ky");
        CollectionAssert.IsSubsetOf(new[] { "thong_tin_chung", "van_ban_cung_cap", "noi_nhan" }, usage.Roots.ToArray(), usage.ToString());
        Assert.AreSame(usage, template.Usage, "computed once");
    }

    [TestMethod]
    public void Reading_the_usage_costs_less_than_loading_the_template()
    {
        // Each tag is parsed again alone (for its place): it must stay a fraction of Load, which parses every part whole.
        var bytes = File.ReadAllBytes(TestSupport.RepoPaths.ReportTemplate);
        var withBlocks = new TemplateLoadOptions { Includes = new LucBinh.Docs.Templating.Includes.FolderTemplateIncludes(TestSupport.RepoPaths.Templates), TemplatePath = Path.GetFileName(TestSupport.RepoPaths.ReportTemplate) };
        for (var i = 0; i < 5; i++)
        {
            _ = DocxTemplate.Load(bytes, "mau.docx", withBlocks).Usage; // warm-up
        }

        var (load, analyse) = (TimeSpan.Zero, TimeSpan.Zero);
        for (var i = 0; i < 30; i++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var template = DocxTemplate.Load(bytes, "mau.docx", withBlocks);
            load += watch.Elapsed;
            watch.Restart();
            _ = template.Usage;
            analyse += watch.Elapsed;
        }

        Console.WriteLine($"Load {load.TotalMilliseconds / 30:F3} ms, Usage {analyse.TotalMilliseconds / 30:F3} ms");
        Assert.IsLessThan(load.TotalMilliseconds, analyse.TotalMilliseconds, $"usage {analyse.TotalMilliseconds / 30:F3} ms vs load {load.TotalMilliseconds / 30:F3} ms");
    }
}
