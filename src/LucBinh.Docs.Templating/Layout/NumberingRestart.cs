using System.Globalization;
using System.Xml.Linq;

namespace LucBinh.Docs.Templating.Layout;

/// <summary>
/// <c>{% restart_numbering %}</c> inside a loop makes the numbered and bulleted lists that follow it start again at 1
/// (Word's "Restart at 1"), so each item of the loop gets its own 1, 2, 3. Without it a list inside a loop keeps
/// counting across items, as Word does when a paragraph is copied.
/// The tag renders as a processing instruction; after rendering, every list paragraph after one gets a fresh
/// <c>w:num</c> of the same list definition with <c>w:startOverride</c> 1 (ECMA-376 §17.9.27).
/// </summary>
internal static class NumberingRestart
{
    public const string TagName = "restart_numbering";
    public const string Markup = "<?" + PiTarget + "?>";

    private const string PiTarget = "lbd-restart-numbering";

    public static bool IsPresent(XDocument document) =>
        document.DescendantNodes().OfType<XProcessingInstruction>().Any(p => p.Target == PiTarget);

    /// <summary>Applies the restarts of <paramref name="document"/>; returns whether the numbering part changed.</summary>
    public static bool Apply(XDocument document, XDocument? numbering)
    {
        var markers = document.DescendantNodes().OfType<XProcessingInstruction>().Where(p => p.Target == PiTarget).ToList();
        if (markers.Count == 0)
        {
            return false;
        }

        var root = numbering?.Root;
        var changed = false;
        if (root is not null)
        {
            var w = WordNames.W;
            var abstractOf = root.Elements(w + "num").ToDictionary(
                n => (string?)n.Attribute(w + "numId") ?? string.Empty,
                n => (string?)n.Element(w + "abstractNumId")?.Attribute(w + "val") ?? string.Empty,
                StringComparer.Ordinal);
            var nextId = abstractOf.Keys.Select(k => int.TryParse(k, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0).DefaultIfEmpty(0).Max() + 1;
            var remap = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var node in document.Root!.DescendantNodes())
            {
                if (node is XProcessingInstruction pi && pi.Target == PiTarget)
                {
                    remap.Clear(); // the next paragraph of every list starts a new count
                    continue;
                }

                if (node is not XElement { Name.LocalName: "numId" } numId || numId.Parent?.Name != w + "numPr"
                    || numId.Parent.Parent?.Name != w + "pPr" || numId.Attribute(w + "val") is not { } val
                    || !abstractOf.TryGetValue(val.Value, out var abstractId))
                {
                    continue;
                }

                if (!remap.TryGetValue(val.Value, out var fresh))
                {
                    fresh = (nextId++).ToString(CultureInfo.InvariantCulture);
                    remap[val.Value] = fresh;
                    AddRestartedNum(root, fresh, abstractId);
                    changed = true;
                }

                val.Value = fresh;
            }
        }

        foreach (var marker in markers)
        {
            marker.Remove();
        }

        return changed;
    }

    private static void AddRestartedNum(XElement numbering, string numId, string abstractId)
    {
        var w = WordNames.W;
        var num = new XElement(w + "num", new XAttribute(w + "numId", numId), new XElement(w + "abstractNumId", new XAttribute(w + "val", abstractId)));
        for (var level = 0; level < 9; level++)
        {
            num.Add(new XElement(
                w + "lvlOverride",
                new XAttribute(w + "ilvl", level.ToString(CultureInfo.InvariantCulture)),
                new XElement(w + "startOverride", new XAttribute(w + "val", "1"))));
        }

        // w:num elements follow every w:abstractNum; w:numIdMacAtCleanup, when present, stays last (§17.9.20).
        var cleanup = numbering.Element(w + "numIdMacAtCleanup");
        if (cleanup is not null)
        {
            cleanup.AddBeforeSelf(num);
        }
        else
        {
            numbering.Add(num);
        }
    }
}
