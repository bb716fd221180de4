using System.Text;
using LucBinh.Docs.Publishing.SharePoint;

namespace LucBinh.Docs.Publishing.Tests;

[TestClass]
public sealed class SharePointNamesTests
{
    [TestMethod]
    [DataRow("Báo cáo: Quý 1/2025?", "Báo cáo- Quý 1-2025")]
    [DataRow("Tổng hợp \"ý kiến\" <mới> *|\\", "Tổng hợp 'ý kiến' (mới) ---")]
    [DataRow("  ~$Nghị quyết..  ", "Nghị quyết")]
    [DataRow("CON", "CON_")]
    [DataRow("a_vti_b", "avti_b")]
    [DataRow("50% và #1", "50% và #1")]
    [DataRow("?", "_")]
    public void Segments_lose_what_SharePoint_forbids_and_keep_Vietnamese(string name, string expected) =>
        Assert.AreEqual(expected, SharePointNames.Segment(name, isFolder: true));

    [TestMethod]
    public void Decomposed_Vietnamese_is_composed_to_NFC()
    {
        var nfd = "Báo cáo Quý 1 năm 2025.docx".Normalize(NormalizationForm.FormD);
        var result = SharePointNames.Segment(nfd);
        Assert.IsTrue(result.IsNormalized(NormalizationForm.FormC));
        Assert.AreEqual("Báo cáo Quý 1 năm 2025.docx".Normalize(NormalizationForm.FormC), result);
    }

    [TestMethod]
    public void Reserved_file_stem_and_forms_folder_at_the_root_are_changed()
    {
        Assert.AreEqual("nul_.docx", SharePointNames.Segment("nul.docx"));
        Assert.AreEqual("forms_/forms", SharePointNames.FolderPath("forms/forms"));
        Assert.AreEqual("Báo cáo/2025", SharePointNames.FolderPath(" Báo cáo // 2025 /"));
    }

    [TestMethod]
    public void Long_names_are_cut_to_255_keeping_the_extension()
    {
        var result = SharePointNames.Segment(new string('ệ', 300) + ".docx");
        Assert.AreEqual(255, result.Length);
        Assert.IsTrue(result.EndsWith("ệ.docx", StringComparison.Ordinal));
    }
}

[TestClass]
public sealed class QuickXorHashTests
{
    // Published vectors (the same ones rclone and other OneDrive clients check).
    [TestMethod]
    [DataRow("", "AAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [DataRow("Sg==", "SgAAAAAAAAAAAAAAAQAAAAAAAAA=")]
    [DataRow("tbQ=", "taAFAAAAAAAAAAAAAgAAAAAAAAA=")]
    [DataRow("/aNzzCFPS/A=", "/RjFHJgRgicsAR4ACAAAAAAAAAA=")]
    [DataRow("2fuxhBJXtpWFe8dOfdGeHw==", "O9tHLAghgSvYohKFyMMxnNCHaHg=")]
    [DataRow("Mb7EGva2rEE5fENDL85P+BsapHEEjv2/siVhKjvAQe02feExVOQSkfmuYzU/kTF1MaKjPmKF/w+cbvwfdWL8aQ==", "n1anP5NfvD4XDYWIeRPW3ZkPv1Y=")]
    [DataRow("PfxMcUd0vIW6VbHG/uj/Y0W6qEoKmyBD0nYebEKazKaKG+UaDqBEcmQjbfQeVnVLuodMoPp7P7TR1htX5n2VnkHh22xDyoJ8C/ZQKiSNqQfXvh83judf4RVr9exJCud8Uvgip6aVZTaPrJHVjQhMCp/dEnGvqg0oN5OVkM2qqAXvA0teKUDhgNM71sDBVBCGXxNOR2bpbD1iM4dnuT0ey4L+loXEHTL0fqMeUcEi2asgImnlNakwenDzz0x57aBwyq3AspCFGB1ncX4yYCr/OaCcS5OKi/00WH+wNQU3", "QX/YEpG0gDsmhEpCdWhsxDzsfVE=")]
    public void Matches_the_published_vectors(string input, string expected)
    {
        var bytes = Convert.FromBase64String(input);
        Assert.AreEqual(expected, QuickXorHash.Compute(bytes));
        var blockwise = new QuickXorHash();
        for (var i = 0; i < bytes.Length; i += 7)
        {
            blockwise.Append(bytes.AsSpan(i, Math.Min(7, bytes.Length - i)));
        }

        Assert.AreEqual(expected, blockwise.ToBase64());
    }
}
