using LucBinh.Docs.Data;
using LucBinh.Docs.Generation.Catalogue;
using LucBinh.Docs.Text;
using LucBinh.Docs.Tracker.Schema;
using static LucBinh.Docs.Generation.Tests.Catalogue.CatalogueSamples;

namespace LucBinh.Docs.Generation.Tests.Catalogue;

/// <summary>
/// The manifests beside the templates (CATALOGUE.md): each declares its kind and code, only the sheets its template
/// uses, keys that are their headers folded, the shared "Thông tin chung" fields exactly as the committee's tracker
/// declares them (so several templates' schemas unite into one sheet), and a sample holding those sheets.
/// </summary>
[TestClass]
public sealed class CatalogueManifestTests
{
    private static readonly Dictionary<string, (DocumentKind Kind, string Code)> Kinds = new(StringComparer.Ordinal)
    {
        ["bao-cao-dinh-ky"] = (DocumentKind.Report, "BC"),
        ["ke-hoach"] = (DocumentKind.Plan, "KH"),
        ["thong-bao"] = (DocumentKind.Notice, "TB"),
        ["cong-van"] = (DocumentKind.Letter, "CV"),
        ["quyet-dinh"] = (DocumentKind.Decision, "QĐ"),
        ["bien-ban-hoi-nghi"] = (DocumentKind.Minutes, "BB"),
        ["to-trinh"] = (DocumentKind.Submission, "TTr"),
        ["giay-moi"] = (DocumentKind.Invitation, "GM"),
    };

    private static readonly string[] SharedInfo =
        ["cap_tren_truc_tiep", "co_quan_ban_hanh", "ten_co_quan", "so_van_ban", "ky_hieu", "dia_danh", "ngay_ban_hanh", "tham_quyen_ky", "chuc_vu_nguoi_ky", "nguoi_ky", "ten_tep_bao_cao"];

    public static IEnumerable<object[]> Ids => [.. NewKinds.Select(id => new object[] { id })];

    [TestMethod]
    [DynamicData(nameof(Ids))]
    public void Manifest_declares_kind_code_title_description_and_sample(string id)
    {
        var manifest = Manifest(id);

        Assert.AreEqual(Kinds[id], (manifest.Kind, manifest.KindCode));
        Assert.IsFalse(string.IsNullOrWhiteSpace(manifest.Title));
        Assert.IsFalse(string.IsNullOrWhiteSpace(manifest.Description));
        Assert.AreEqual($"samples/{id}.xlsx", manifest.Sample);
        Assert.IsTrue(File.Exists(Path.Combine(TestSupport.RepoPaths.Templates, manifest.Sample!)));
        StringAssert.StartsWith(Field(Info(SampleData(id)), "ky_hieu"), manifest.KindCode + "/", "the sample's symbol carries the kind's code");
    }

    [TestMethod]
    [DynamicData(nameof(Ids))]
    public void Keys_are_the_headers_folded_and_lists_have_tables(string id)
    {
        var schema = Manifest(id).Schema!;
        Assert.AreEqual(TrackerKeys.Info, schema.Sheets[0].Key, "Thông tin chung first");
        foreach (var sheet in schema.Sheets)
        {
            Assert.AreEqual(NameFolding.ToKey(sheet.Name), sheet.Key, sheet.Name);
            Assert.AreEqual(sheet.Fields.Count, sheet.Fields.Select(f => f.Key).Distinct().Count(), $"{sheet.Name}: keys are unique");
            foreach (var field in sheet.Fields)
            {
                Assert.AreEqual(NameFolding.ToKey(field.Header), field.Key, $"{sheet.Name}: {field.Header}");
                Assert.AreEqual(field.Kind == FieldKind.Choice, field.Choices is { Count: > 0 }, $"{field.Header}: a choice has its values");
            }

            Assert.AreEqual(sheet.Shape == SheetShape.List, sheet.Table is not null, $"{sheet.Name}: a list is an Excel table");
        }
    }

    [TestMethod]
    public void Shared_fields_are_declared_alike_in_every_manifest_and_as_the_committee_does()
    {
        var committee = TrackerSchema.Committee;
        var all = NewKinds.Select(id => (Id: id, Schema: Manifest(id).Schema!)).ToList();
        foreach (var key in SharedInfo)
        {
            var expected = committee.Sheet(TrackerKeys.Info)!.Field(key)!;
            foreach (var (id, schema) in all)
            {
                if (schema.Sheet(TrackerKeys.Info)!.Field(key) is { } field)
                {
                    Assert.AreEqual((expected.Header, expected.Kind, expected.Hint, expected.CarriedOver), (field.Header, field.Kind, field.Hint, field.CarriedOver), $"{id}: {key}");
                }
            }
        }

        // Any key two manifests share, in the same sheet, has the same header and kind: the union is one column.
        var byPlace = all.SelectMany(m => m.Schema.Sheets.SelectMany(s => s.Fields.Select(f => (m.Id, Place: s.Key + "." + f.Key, f.Header, f.Kind))))
            .GroupBy(f => f.Place);
        foreach (var place in byPlace)
        {
            Assert.AreEqual(1, place.Select(f => (f.Header, f.Kind)).Distinct().Count(), $"{place.Key} differs between {string.Join(", ", place.Select(p => p.Id))}");
        }

        var union = TrackerSchema.Union(all.Select(m => m.Schema).Prepend(committee));
        Assert.AreEqual(1, union.Sheets.Count(s => s.Key == TrackerKeys.Info), "one Thông tin chung for the whole catalogue");
        Assert.AreEqual(union.Sheets.Count, union.Sheets.Select(s => s.Name).Distinct().Count(), "sheet names do not clash");
    }

    [TestMethod]
    [DynamicData(nameof(Ids))]
    public void Sample_holds_the_sheets_of_the_schema_and_nothing_else(string id)
    {
        var schema = Manifest(id).Schema!;
        var data = SampleData(id);

        CollectionAssert.IsSubsetOf(schema.Sheets.Select(s => s.Key).ToList(), data.Fields.Select(f => f.Key).ToList());
        foreach (var sheet in schema.Sheets.Where(s => s.Shape == SheetShape.List))
        {
            Assert.IsNotEmpty((DataList)data[sheet.Key]!, $"{id}: {sheet.Name} has rows");
        }

        var info = Info(data);
        foreach (var field in schema.Sheet(TrackerKeys.Info)!.Fields.Where(f => f.Required))
        {
            Assert.IsNotNull(info[field.Key], $"{id}: the sample fills the required {field.Header}");
        }
    }
}
