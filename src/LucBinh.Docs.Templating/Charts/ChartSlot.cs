using LucBinh.Docs.Diagnostics;

namespace LucBinh.Docs.Templating.Charts;

/// <summary>
/// A chart whose alt text is a chart tag: where it is (text part, relationship id, place in Word), its source, and the
/// Liquid expression of its rows (<see cref="List"/>), for messages.
/// </summary>
internal sealed record ChartSlot(int Index, string TextPart, string RelationshipId, ChartSource Source, DiagnosticLocation Location, string ChartName, string List);
