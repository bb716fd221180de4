using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace LucBinh.Docs.Bench;

/// <summary>
/// Checks that both engines wrote the same document: the same paragraphs with the same text, in the body, header and
/// footer (a benchmark of two engines doing different work would mean nothing).
/// </summary>
internal static class OutputCheck
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static string Compare(string oursPath, string theirsPath)
    {
        if (!File.Exists(oursPath) || !File.Exists(theirsPath))
        {
            return "not compared (an output is missing)";
        }

        var total = 0;
        foreach (var part in new[] { "word/document.xml", "word/header1.xml", "word/footer1.xml" })
        {
            var ours = Paragraphs(oursPath, part);
            var theirs = Paragraphs(theirsPath, part);
            total += ours.Count;
            var length = Math.Min(ours.Count, theirs.Count);
            for (var i = 0; i < length; i++)
            {
                if (ours[i] != theirs[i])
                {
                    return $"DIFFERENT in {part}, paragraph {i + 1}: ours \"{Short(ours[i])}\" vs docxtemplater \"{Short(theirs[i])}\"";
                }
            }

            if (ours.Count != theirs.Count)
            {
                return $"DIFFERENT in {part}: ours has {ours.Count} paragraphs, docxtemplater {theirs.Count}";
            }
        }

        return $"same text ({total:N0} paragraphs)";
    }

    private static List<string> Paragraphs(string path, string part)
    {
        using var zip = ZipFile.OpenRead(path);
        var entry = zip.GetEntry(part);
        if (entry is null)
        {
            return [];
        }

        using var stream = entry.Open();
        var document = XDocument.Load(stream, LoadOptions.PreserveWhitespace);
        return document.Descendants(W + "p").Select(Text).ToList();
    }

    private static string Text(XElement paragraph)
    {
        var builder = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            if (element.Name == W + "t")
            {
                builder.Append(element.Value);
            }
            else if (element.Name == W + "br")
            {
                builder.Append('\n');
            }
            else if (element.Name == W + "tab")
            {
                builder.Append('\t');
            }
        }

        return builder.ToString();
    }

    private static string Short(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
