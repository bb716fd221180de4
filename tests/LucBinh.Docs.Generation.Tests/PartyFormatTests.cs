using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LucBinh.Docs.Data;
using LucBinh.Docs.TestSupport;

namespace LucBinh.Docs.Generation.Tests;

/// <summary>
/// The footer block of the generated report follows the Party's document rules (shared/docs/vn-party-format.md):
/// "Nơi nhận:" 14 pt underlined, not bold; the signer's title upright and not bold; authority line and name bold.
/// Checked on the effective formatting (direct run properties over the paragraph style's chain).
/// </summary>
[TestClass]
public sealed class PartyFormatTests
{
    private static readonly Lazy<(Paragraph[] Paragraphs, Styles Styles)> Report = new(() =>
    {
        var docx = SampleReport.Render(SampleReport.ReadData());
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var main = document.MainDocumentPart!;
        return ([.. main.Document.Body!.Descendants<Paragraph>().Select(p => (Paragraph)p.CloneNode(true))],
            (Styles)main.StyleDefinitionsPart!.Styles!.CloneNode(true));
    });

    [TestMethod]
    public void Recipients_heading_is_14_point_underlined_and_not_bold()
    {
        var heading = Find("Nơi nhận:");

        Assert.IsFalse(Effective(heading, r => r.Bold), "\"Nơi nhận:\" is not bold");
        Assert.IsTrue(Effective(heading, r => r.Underline), "\"Nơi nhận:\" is underlined");
        Assert.AreEqual("28", EffectiveSize(heading), "\"Nơi nhận:\" is 14 pt");
    }

    [TestMethod]
    public void Signer_title_is_not_bold_while_authority_and_name_are()
    {
        var info = (DataRecord)SampleReport.ReadData()["thong_tin_chung"]!;

        Assert.IsFalse(Effective(Find(Text(info, "chuc_vu_nguoi_ky")), r => r.Bold), "the signer's title is not bold");
        Assert.IsTrue(Effective(Find(Text(info, "tham_quyen_ky")), r => r.Bold), "the authority line is bold");
        Assert.IsTrue(Effective(Find(Text(info, "nguoi_ky")), r => r.Bold), "the signer's name is bold");
    }

    private static string Text(DataRecord record, string key) =>
        record[key]?.ToString() ?? throw new AssertFailedException($"the sample tracker has no {key}");

    private static Paragraph Find(string text) =>
        Report.Value.Paragraphs.LastOrDefault(p => p.InnerText.Trim() == text)
        ?? throw new AssertFailedException($"no paragraph reads \"{text}\"");

    private static bool Effective(Paragraph paragraph, Func<RunPropertiesView, OnOffType?> pick)
    {
        var run = paragraph.Descendants<Run>().First(r => r.InnerText.Length > 0);
        foreach (var props in Chain(paragraph, run))
        {
            if (pick(props) is { } value)
            {
                return value.Val is null || value.Val.Value;
            }
        }

        return false;
    }

    private static string? EffectiveSize(Paragraph paragraph)
    {
        var run = paragraph.Descendants<Run>().First(r => r.InnerText.Length > 0);
        return Chain(paragraph, run).Select(p => p.Size).FirstOrDefault(s => s is not null);
    }

    /// <summary>Run properties from the most to the least specific: the run, then the paragraph style and its bases.</summary>
    private static IEnumerable<RunPropertiesView> Chain(Paragraph paragraph, Run run)
    {
        if (run.RunProperties is { } direct)
        {
            yield return new RunPropertiesView(direct.Bold, direct.Underline is { } u && u.Val?.Value != UnderlineValues.None ? new Bold() : null, direct.FontSize?.Val?.Value);
        }

        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var styles = Report.Value.Styles.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        while (styleId is not null && styles.TryGetValue(styleId, out var style))
        {
            var rPr = style.StyleRunProperties;
            yield return new RunPropertiesView(rPr?.Bold, rPr?.Underline is { } u && u.Val?.Value != UnderlineValues.None ? new Bold() : null, rPr?.FontSize?.Val?.Value);
            styleId = style.BasedOn?.Val?.Value;
        }
    }

    /// <summary>The three properties this test looks at; underline is carried as an on/off value for uniformity.</summary>
    private sealed record RunPropertiesView(OnOffType? Bold, OnOffType? Underline, string? Size);
}
