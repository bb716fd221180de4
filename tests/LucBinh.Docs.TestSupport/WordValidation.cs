using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace LucBinh.Docs.TestSupport;

/// <summary>Runs the Open XML SDK's schema and semantic validator over a document.</summary>
public static class WordValidation
{
    public static IReadOnlyList<string> Errors(byte[] docx)
    {
        using var stream = new MemoryStream(docx, false);
        using var document = WordprocessingDocument.Open(stream, false);
        var validator = new OpenXmlValidator(FileFormatVersions.Office2019);
        return validator.Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
    }
}
