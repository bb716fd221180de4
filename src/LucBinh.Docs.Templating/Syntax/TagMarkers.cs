using System.Globalization;

namespace LucBinh.Docs.Templating.Syntax;

/// <summary>
/// While the engine rearranges the XML, each tag stands in the text as a marker made of private-use characters
/// (U+E000 index U+E001), which no Word text contains and which survive XML serialisation unescaped. The markers
/// are replaced by the tags' Liquid source in the final template text.
/// </summary>
internal static class TagMarkers
{
    /// <summary>Starts the marker of a tag that writes nothing (block tags, statements).</summary>
    public const char Start = '\uE000';

    /// <summary>Starts the marker of an output tag <c>{{ … }}</c>, so a line with one is never taken as tags-only.</summary>
    public const char OutputStart = '\uE002';

    public const char End = '\uE001';

    public static string For(int index, bool isOutput) =>
        (isOutput ? OutputStart : Start) + index.ToString(CultureInfo.InvariantCulture) + End;

    public static bool IsStart(char c) => c is Start or OutputStart;
}
