using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace LucBinh.Docs.Templating.Packaging;

/// <summary>
/// Reads a text part for the compiler, building <see cref="XElement"/>s only where a tag can be: the part's root, and
/// the body, tables, rows and cells on the way to a paragraph that holds a brace or a content control. Every other
/// element (most paragraphs of a report, whole tables of fixed text, the section properties) stays a name plus its
/// markup (<see cref="VerbatimXml"/>), written back as the template has it. The XML reader still reads the whole part,
/// so a malformed part is refused exactly as before.
/// </summary>
/// <remarks>
/// One scan of the markup first lists every element's start and end in document order (start tags, end tags, quoted
/// attribute values, comments, CDATA and processing instructions; cheap because it jumps from one <c>&lt;</c> to the
/// next). The XML reader meets the elements in the same order, so the n-th element it reads is the n-th of the list.
/// Anything unexpected (a scan that does not balance, a name that differs) makes the reader give up and return null:
/// the caller then builds the whole tree as before.
/// </remarks>
internal sealed class SparsePartReader
{
    /// <summary>Elements worth descending into: they hold paragraphs and are themselves rarely more than a frame.</summary>
    private static readonly HashSet<string> Containers = ["document", "body", "hdr", "ftr", "footnotes", "endnotes", "footnote", "endnote", "tbl", "tr", "tc"];

    private static readonly SearchValues<char> NameEnd = SearchValues.Create(" \t\r\n/>");
    private static readonly SearchValues<char> QuoteOrTagEnd = SearchValues.Create("\"'>");

    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    private readonly char[] _text;
    private readonly int _length;
    private readonly List<ElementExtent> _elements = [];
    private XmlReader _reader = null!;
    private int _next;

    private SparsePartReader(char[] text, int length)
    {
        _text = text;
        _length = length;
    }

    /// <summary>
    /// The part as a sparse tree, holding <paramref name="text"/> (a pooled buffer the caller returns once the tree is no
    /// longer used); null when the part is not one this reader handles (then nothing was lost but a little time).
    /// </summary>
    /// <exception cref="XmlException">The part is not well-formed XML.</exception>
    public static XDocument? TryRead(char[] text, int length)
    {
        var sparse = new SparsePartReader(text, length);
        if (!sparse.IndexElements())
        {
            return null;
        }

        using (sparse._reader = XmlReader.Create(new CharArrayReader(text, length), Settings))
        {
            return sparse.Read();
        }
    }

    /// <summary>Decodes a UTF-8 part into a pooled buffer; null for another encoding (UTF-16 parts exist, rarely).</summary>
    public static char[]? Decode(ReadOnlySpan<byte> bytes, out int length)
    {
        length = 0;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        if (bytes.Length < 5 || bytes[0] != (byte)'<')
        {
            return null;
        }

        var chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(bytes.Length));
        length = Encoding.UTF8.GetChars(bytes, chars);
        return chars;
    }

    private XDocument? Read()
    {
        XDeclaration? declaration = null;
        while (_reader.Read())
        {
            switch (_reader.NodeType)
            {
                case XmlNodeType.XmlDeclaration:
                    var encoding = _reader.GetAttribute("encoding");
                    if (encoding is not null && !encoding.Equals("UTF-8", StringComparison.OrdinalIgnoreCase))
                    {
                        return null;
                    }

                    declaration = new XDeclaration(_reader.GetAttribute("version") ?? "1.0", encoding, _reader.GetAttribute("standalone"));
                    break;
                case XmlNodeType.Whitespace:
                    break;
                case XmlNodeType.Element:
                    if (!IsNext(out _))
                    {
                        return null;
                    }

                    _next++;
                    var root = StartElement();
                    if (!BindsWordPrefix(root) || (!_reader.IsEmptyElement && !ReadChildren(root)))
                    {
                        return null;
                    }

                    var document = new XDocument(declaration, root);
                    while (_reader.Read())
                    {
                        // Whatever follows the root (comments, white space) is read only to be checked.
                    }

                    return document;
                default:
                    return null; // a DOCTYPE, a comment before the root…: leave it to the full reader
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the scan's paragraph and table counts mean WordprocessingML's: the root binds a prefix to it, and that
    /// prefix is bound nowhere else in the part.
    /// </summary>
    private bool BindsWordPrefix(XElement root)
    {
        var declaration = root.Attributes().FirstOrDefault(a => a.IsNamespaceDeclaration && a.Name.Namespace == XNamespace.Xmlns && a.Value == WordNames.W.NamespaceName);
        if (declaration is null || declaration.Name.LocalName != WordPrefix)
        {
            return false;
        }

        var binding = "xmlns:" + WordPrefix + "=";
        var text = _text.AsSpan(0, _length);
        return text.IndexOf(binding) == text.LastIndexOf(binding);
    }

    /// <summary>The prefix the scan counts paragraphs (<c>w:p</c>) and tables (<c>w:tbl</c>) by; Word always writes <c>w</c>.</summary>
    private const string WordPrefix = "w";

    /// <summary>Reads the children of the element the reader is on, then moves past its end tag.</summary>
    private bool ReadChildren(XElement parent)
    {
        _reader.Read();
        while (_reader.NodeType != XmlNodeType.EndElement)
        {
            switch (_reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (!ReadElement(parent))
                    {
                        return false;
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    parent.Add(new XText(_reader.Value));
                    _reader.Read();
                    break;
                case XmlNodeType.CDATA or XmlNodeType.Comment or XmlNodeType.ProcessingInstruction:
                    parent.Add(XNode.ReadFrom(_reader));
                    break;
                default:
                    return false;
            }
        }

        _reader.Read();
        return true;
    }

    private bool ReadElement(XElement parent)
    {
        if (!IsNext(out var extent))
        {
            return false;
        }

        var markup = _text.AsSpan(extent.Start, extent.End - extent.Start);
        if (!NeedsTree(markup))
        {
            var placeholder = new XElement(XNamespace.Get(_reader.NamespaceURI) + _reader.LocalName);
            placeholder.AddAnnotation(new VerbatimXml(_text, extent.Start, markup.Length, extent.InnerParagraphs, extent.InnerTables));
            parent.Add(placeholder);
            _reader.Skip();
            _next = extent.Following;
            return true;
        }

        if (_reader.IsEmptyElement || _reader.NamespaceURI != WordNames.W.NamespaceName || !Containers.Contains(_reader.LocalName)
            || markup.IndexOf("sdt", StringComparison.Ordinal) >= 0)
        {
            parent.Add(XNode.ReadFrom(_reader));
            _next = extent.Following;
            return true;
        }

        _next++;
        var element = StartElement();
        parent.Add(element);
        return ReadChildren(element);
    }

    /// <summary>Whether the element the reader is on is the next one of the scan (same qualified name).</summary>
    private bool IsNext(out ElementExtent extent)
    {
        extent = default;
        if (_next >= _elements.Count)
        {
            return false;
        }

        extent = _elements[_next];
        var name = _text.AsSpan(extent.Start + 1, extent.NameLength);
        var prefix = _reader.Prefix;
        return prefix.Length == 0
            ? name.SequenceEqual(_reader.LocalName)
            : name.Length == prefix.Length + 1 + _reader.LocalName.Length && name.StartsWith(prefix) && name[prefix.Length] == ':' && name.EndsWith(_reader.LocalName);
    }

    /// <summary>
    /// Whether an element can hold a tag, a content control or an escaped brace: only then do the compile steps need
    /// to see inside it.
    /// </summary>
    private static bool NeedsTree(ReadOnlySpan<char> markup) =>
        markup.Contains('{') || markup.IndexOf("sdt", StringComparison.Ordinal) >= 0 || markup.IndexOf("&#", StringComparison.Ordinal) >= 0;

    /// <summary>The element the reader is on, with its attributes and namespace declarations, without its content.</summary>
    private XElement StartElement()
    {
        var element = new XElement(XNamespace.Get(_reader.NamespaceURI) + _reader.LocalName);
        while (_reader.MoveToNextAttribute())
        {
            var name = _reader.Prefix.Length == 0 && _reader.LocalName == "xmlns"
                ? XNamespace.None + "xmlns"
                : XNamespace.Get(_reader.NamespaceURI) + _reader.LocalName;
            element.Add(new XAttribute(name, _reader.Value));
        }

        _reader.MoveToElement();
        return element;
    }

    /// <summary>Lists every element of the part in document order with where it ends; false when the markup does not balance.</summary>
    private bool IndexElements()
    {
        var text = _text.AsSpan(0, _length);
        var open = new Stack<int>();
        var paragraphs = 0;
        var tables = 0;
        var i = text.IndexOf('<');
        while (i >= 0 && i + 1 < text.Length)
        {
            switch (text[i + 1])
            {
                case '/':
                    var close = text[i..].IndexOf('>');
                    if (close < 0 || open.Count == 0)
                    {
                        return false;
                    }

                    i += close + 1;
                    ref var closed = ref CollectionsMarshal.AsSpan(_elements)[open.Pop()];
                    closed.End = i;
                    closed.InnerParagraphs = paragraphs - closed.InnerParagraphs;
                    closed.InnerTables = tables - closed.InnerTables;
                    closed.Following = _elements.Count;
                    break;
                case '?':
                    if (!Skip(text, ref i, "?>"))
                    {
                        return false;
                    }

                    break;
                case '!':
                    if (!Skip(text, ref i, text[i..].StartsWith("<!--") ? "-->" : text[i..].StartsWith("<![CDATA[") ? "]]>" : ">"))
                    {
                        return false;
                    }

                    break;
                default:
                    var start = i;
                    var nameLength = text[(i + 1)..].IndexOfAny(NameEnd);
                    if (nameLength <= 0 || !SkipStartTag(text, ref i, out var empty))
                    {
                        return false;
                    }

                    // Until the element closes, InnerParagraphs and InnerTables hold the counts after its own start tag.
                    var name = text.Slice(start + 1, nameLength);
                    paragraphs += name is ['w', ':', 'p'] ? 1 : 0;
                    tables += name is ['w', ':', 't', 'b', 'l'] ? 1 : 0;
                    _elements.Add(new ElementExtent { Start = start, NameLength = nameLength, InnerParagraphs = paragraphs, InnerTables = tables });
                    if (empty)
                    {
                        ref var element = ref CollectionsMarshal.AsSpan(_elements)[^1];
                        element.End = i;
                        element.InnerParagraphs = element.InnerTables = 0;
                        element.Following = _elements.Count;
                    }
                    else
                    {
                        open.Push(_elements.Count - 1);
                    }

                    break;
            }

            var next = text[i..].IndexOf('<');
            i = next < 0 ? -1 : i + next;
        }

        return open.Count == 0 && _elements.Count > 0;
    }

    /// <summary>Moves past a start tag (its attribute values may hold <c>&gt;</c> and <c>/</c>).</summary>
    private static bool SkipStartTag(ReadOnlySpan<char> text, ref int i, out bool empty)
    {
        empty = false;
        var j = i + 1;
        while (j < text.Length)
        {
            var stop = text[j..].IndexOfAny(QuoteOrTagEnd);
            if (stop < 0)
            {
                return false;
            }

            j += stop;
            if (text[j] == '>')
            {
                empty = text[j - 1] == '/';
                i = j + 1;
                return true;
            }

            var closingQuote = text[(j + 1)..].IndexOf(text[j]);
            if (closingQuote < 0)
            {
                return false;
            }

            j += closingQuote + 2;
        }

        return false;
    }

    private static bool Skip(ReadOnlySpan<char> text, ref int i, string terminator)
    {
        var found = text[i..].IndexOf(terminator);
        if (found < 0)
        {
            return false;
        }

        i += found + terminator.Length;
        return true;
    }

    /// <summary>Where an element's markup starts and ends, what it holds, and the index of the first element after it.</summary>
    private struct ElementExtent
    {
        public int Start;
        public int NameLength;
        public int End;
        public int InnerParagraphs;
        public int InnerTables;
        public int Following;
    }

    /// <summary>A <see cref="TextReader"/> over the pooled buffer (StringReader would need the part as one more string).</summary>
    private sealed class CharArrayReader(char[] text, int length) : TextReader
    {
        private int _position;

        public override int Peek() => _position < length ? text[_position] : -1;

        public override int Read() => _position < length ? text[_position++] : -1;

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            var n = Math.Min(buffer.Length, length - _position);
            text.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }
    }
}
