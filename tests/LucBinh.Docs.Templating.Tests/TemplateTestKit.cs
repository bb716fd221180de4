using LucBinh.Docs.Data;
using LucBinh.Docs.TestSupport;

namespace LucBinh.Docs.Templating.Tests;

/// <summary>Renders small templates built in code and checks that every output is a valid document.</summary>
internal static class TemplateTestKit
{
    public static byte[] Render(string bodyXml, DataRecord data, RenderOptions? options = null)
    {
        var template = DocxTemplate.Load(WordFixture.Create(bodyXml), "test.docx");
        Assert.IsFalse(template.HasErrors, string.Join("\n", template.Diagnostics.Select(d => d.ToDisplayString())));
        var result = template.Render(data, options);
        AssertValid(result.Document);
        return result.Document;
    }

    public static IReadOnlyList<string> RenderParagraphs(string bodyXml, DataRecord data) =>
        WordText.BodyParagraphs(Render(bodyXml, data));

    public static void AssertValid(byte[] docx)
    {
        var errors = WordValidation.Errors(docx);
        Assert.IsEmpty(errors, string.Join("\n", errors));
    }

    public static DataRecord Record(params (string Key, object? Value)[] fields)
    {
        var record = new DataRecord();
        foreach (var (key, value) in fields)
        {
            record.Set(key, value);
        }

        return record;
    }

    public static DataList Items(params object?[] items) => new(items);
}
