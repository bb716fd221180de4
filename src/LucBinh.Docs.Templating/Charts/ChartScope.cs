using DocumentFormat.OpenXml.Packaging;

namespace LucBinh.Docs.Templating.Charts;

/// <summary>What the compiler of one text part needs to find its charts: the template's catalog and the open part.</summary>
internal sealed record ChartScope(ChartCatalog Catalog, OpenXmlPart Part);
