using DocumentFormat.OpenXml;

namespace LucBinh.Docs.TemplateBuilder;

/// <summary>One generated .docx: its core properties and the elements of its body (before the section properties).</summary>
/// <param name="Title">dc:title (the template's title shown by Word and by the catalogue).</param>
/// <param name="Subject">dc:subject.</param>
/// <param name="Keywords">cp:keywords.</param>
/// <param name="Body">Builds the body's elements; called once per build, so each build gets fresh elements.</param>
internal sealed record DocumentSpec(string Title, string Subject, string Keywords, Func<IEnumerable<OpenXmlElement>> Body);
