namespace LucBinh.Docs.Templating.Charts;

/// <summary>
/// One chart a render wrote: the chart part's XML and its workbook's bytes, the relationship id the drawing uses, and
/// <see cref="Copy"/>: 0 for the template's own part (rewritten in place), n for the n-th copy made for a loop.
/// </summary>
internal sealed record ChartOutput(ChartSlot Slot, string RelationshipId, int Copy, string Xml, byte[] Workbook);
