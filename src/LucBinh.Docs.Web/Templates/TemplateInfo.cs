namespace LucBinh.Docs.Web.Templates;

/// <summary>A template the add-in can offer. <see cref="Source"/>: <c>server</c> or <c>sharepoint</c>.</summary>
public sealed record TemplateInfo(string Id, string Name, string? Description, string Source);
