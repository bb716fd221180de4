using LucBinh.Docs.Templating.Packaging;

namespace LucBinh.Docs.Templating.Charts;

/// <summary>What the compiler of one text part needs to find its charts: the template's catalog, its package and the part.</summary>
internal sealed record ChartScope(ChartCatalog Catalog, TemplatePackage Package, string PartName);
