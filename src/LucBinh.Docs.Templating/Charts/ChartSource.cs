namespace LucBinh.Docs.Templating.Charts;

/// <summary>
/// A chart of the template as read at load: its part, its XML, which chart group it draws (<c>barChart</c>…), and the
/// workbook embedded for Word's "Edit Data" (<c>c:externalData</c>), whose sheet the series formulas point into.
/// </summary>
internal sealed record ChartSource(string PartName, string Xml, string GroupName, string EmbeddingName, byte[] Workbook, string SheetName);
