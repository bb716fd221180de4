using System.Text;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Generation.Catalogue;
using LucBinh.Docs.Localization;
using LucBinh.Docs.TestSupport;
using LucBinh.Docs.Tracker.Schema;

namespace LucBinh.Docs.Generation.Tests;

/// <summary>A folder of templates with their manifests: listed by kind, found by id or path, broken manifests reported.</summary>
[TestClass]
public sealed class TemplateCatalogueTests
{
    private static string CatalogueFolder()
    {
        var folder = RepoPaths.NewTempFolder();
        RepoPaths.CopyTemplate(RepoPaths.ReportTemplate, folder, "bien-ban-hoi-nghi.docx");
        File.WriteAllText(Path.Combine(folder, "bien-ban-hoi-nghi.json"), """
            { "kind": "Minutes", "title": "Biên bản hội nghị", "sample": "samples/bien-ban.xlsx",
              "schema": { "sheets": [ { "name": "Thông tin chung", "fields": [ { "header": "Người ký" } ] } ] } }
            """, Encoding.UTF8);
        Directory.CreateDirectory(Path.Combine(folder, "samples"));
        File.Copy(RepoPaths.SampleTracker, Path.Combine(folder, "samples", "bien-ban.xlsx"));
        RepoPaths.CopyTemplate(RepoPaths.ReportTemplate, folder, "bao-cao.docx");
        File.WriteAllText(Path.Combine(folder, "bao-cao.json"), """{ "kind": "Report", "title": "Báo cáo" }""", Encoding.UTF8);
        RepoPaths.CopyTemplate(RepoPaths.ReportTemplate, folder, "mau-rieng.docx");
        RepoPaths.CopyTemplate(RepoPaths.ReportTemplate, folder, "~$mau-rieng.docx");
        return folder;
    }

    [TestMethod]
    public void Templates_are_listed_by_kind_and_one_without_manifest_is_other_with_the_committee_schema()
    {
        var catalogue = TemplateCatalogue.Load(CatalogueFolder());

        CollectionAssert.AreEqual(new[] { "bao-cao", "bien-ban-hoi-nghi", "mau-rieng" }, catalogue.Entries.Select(e => e.Id).ToArray(), "Report, Minutes, Other; lock files are not templates");
        Assert.IsEmpty(catalogue.Diagnostics);
        var other = catalogue.Find("mau-rieng")!;
        Assert.AreEqual((DocumentKind.Other, "mau-rieng"), (other.Manifest.Kind, other.Manifest.Title));
        Assert.AreSame(TrackerSchema.Committee, other.Schema);
        Assert.IsNull(other.ManifestPath);
        var minutes = catalogue.Find("bien-ban-hoi-nghi")!;
        Assert.AreEqual(Path.Combine(catalogue.Folder, "samples", "bien-ban.xlsx"), minutes.SamplePath);
        CollectionAssert.AreEqual(new[] { TrackerKeys.Info }, minutes.Schema.Sheets.Select(s => s.Key).ToArray());
    }

    [TestMethod]
    public void A_template_is_named_by_id_or_by_path_and_an_unknown_id_suggests_the_closest()
    {
        var folder = CatalogueFolder();
        var catalogue = TemplateCatalogue.Load(folder);

        Assert.AreEqual(DocumentKind.Minutes, catalogue.Resolve("bien-ban-hoi-nghi").Manifest.Kind);
        var byPath = catalogue.Resolve(Path.Combine(folder, "bien-ban-hoi-nghi.docx"));
        Assert.AreEqual(("bien-ban-hoi-nghi", DocumentKind.Minutes), (byPath.Id, byPath.Manifest.Kind), "the manifest beside a path is read too");
        var missing = Assert.Throws<LucBinhException>(() => catalogue.Resolve("bien-ban-hoi-ngh"));
        var problem = missing.Diagnostics.Single();
        Assert.AreEqual("GEN029", problem.Code);
        StringAssert.Contains(problem.Message(), "Không có mẫu «bien-ban-hoi-ngh» trong thư mục mẫu «" + catalogue.Folder + "»");
        StringAssert.Contains(problem.Message(), "Có phải ý bạn là «bien-ban-hoi-nghi»?");
        StringAssert.Contains(problem.Message(UiLanguage.English), "Did you mean 'bien-ban-hoi-nghi'?");
    }

    [TestMethod]
    public void A_broken_manifest_keeps_its_template_listed_and_stops_only_its_use()
    {
        var folder = CatalogueFolder();
        File.WriteAllText(Path.Combine(folder, "bao-cao.json"), "{ \"kind\": \"Memo\", \"title\": \"Báo cáo\" }", Encoding.UTF8);

        var catalogue = TemplateCatalogue.Load(folder);

        var broken = catalogue.Find("bao-cao")!;
        Assert.AreEqual(DocumentKind.Other, broken.Manifest.Kind);
        Assert.AreEqual("GEN023", catalogue.Diagnostics.Single().Code);
        var location = (ManifestLocation)broken.Diagnostics.Single().Location!;
        Assert.AreEqual(Path.Combine(folder, "bao-cao.json"), location.File);
        var stopped = Assert.Throws<LucBinhException>(broken.ThrowIfInvalid);
        Assert.AreEqual("GEN023", stopped.Diagnostics.Single().Code);
        catalogue.Find("bien-ban-hoi-nghi")!.ThrowIfInvalid();
    }

    [TestMethod]
    public void A_folder_with_more_templates_than_the_limit_lists_the_limit_and_warns()
    {
        var folder = RepoPaths.NewTempFolder();
        for (var i = 0; i < 4; i++)
        {
            File.WriteAllBytes(Path.Combine(folder, $"mau-{i}.docx"), [0]);
        }

        var catalogue = TemplateCatalogue.Load(folder, new ManifestLimits { MaxTemplates = 3 });

        Assert.HasCount(3, catalogue.Entries);
        Assert.AreEqual("GEN021", catalogue.Diagnostics.Single().Code);
    }

    [TestMethod]
    public void Every_manifest_of_the_repository_reads_without_error_and_names_an_existing_sample()
    {
        var catalogue = TemplateCatalogue.Load(RepoPaths.Templates);

        Assert.IsEmpty(catalogue.Diagnostics, string.Join(Environment.NewLine, catalogue.Diagnostics.Select(d => d.ToDisplayString())));
        var coordination = catalogue.Find("bao-cao-ket-qua-phoi-hop")!;
        Assert.AreEqual((DocumentKind.Report, "BC"), (coordination.Manifest.Kind, coordination.Manifest.KindCode));
        Assert.AreEqual(RepoPaths.SampleTracker, coordination.SamplePath);
        Assert.AreSame(TrackerSchema.Committee, coordination.Schema);
        foreach (var entry in catalogue.Entries.Where(e => e.ManifestPath is not null))
        {
            Assert.IsNotNull(entry.SamplePath, entry.Id + " has its sample tracker");
        }
    }
}
