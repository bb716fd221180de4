using System.Xml.Linq;

namespace LucBinh.Docs.Templating;

/// <summary>WordprocessingML names the engine reads and writes (ECMA-376 Part 1, §17).</summary>
internal static class WordNames
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static readonly XNamespace Wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";

    public static readonly XName Body = W + "body";
    public static readonly XName Paragraph = W + "p";
    public static readonly XName Run = W + "r";
    public static readonly XName Text = W + "t";
    public static readonly XName Break = W + "br";
    public static readonly XName Tab = W + "tab";
    public static readonly XName Table = W + "tbl";
    public static readonly XName TableRow = W + "tr";
    public static readonly XName TableCell = W + "tc";
    public static readonly XName TableGrid = W + "tblGrid";
    public static readonly XName Drawing = W + "drawing";
    public static readonly XName Picture = W + "pict";
    public static readonly XName EmbeddedObject = W + "object";
    public static readonly XName SectionProperties = W + "sectPr";
    public static readonly XName BookmarkStart = W + "bookmarkStart";
    public static readonly XName BookmarkEnd = W + "bookmarkEnd";
    public static readonly XName Id = W + "id";
    public static readonly XName Name = W + "name";
    public static readonly XName DocProperties = Wp + "docPr";
    public static readonly XName XmlSpace = XNamespace.Xml + "space";
}
