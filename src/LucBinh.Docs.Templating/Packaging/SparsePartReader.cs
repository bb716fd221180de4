using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Xml.Linq;

namespace LucBinh.Docs.Templating.Packaging;

/// <summary>
/// Reads a text part for the compiler, building <see cref="XElement"/>s only where a tag can be: the part's root, and
/// the body, tables, rows and cells on the way to a paragraph that holds a brace or a content control. Every other
/// element (most paragraphs of a report, whole tables of fixed text, the section properties) stays a name plus its
/// markup (<see cref="VerbatimXml"/>), written back as the template has it.
/// </summary>
/// <remarks>
/// It reads the XML that Word and the Open XML SDK write, itself: one scan lists every element's start and end (start
/// tags, end tags with matching names, quoted attribute values, comments, processing instructions), the characters and
/// entity references of the whole part are checked, and the elements that are built are read from that list. Anything
/// outside that subset (a DOCTYPE, CDATA or a comment where an element's content is built, an unknown entity, a
/// character XML forbids, another encoding…) makes it return null, and the caller reads the part with
/// <see cref="System.Xml.XmlReader"/> into a whole tree as before — which also reports broken XML as before. Building
/// XML Linq nodes follows what <c>XDocument.Load(reader, LoadOptions.PreserveWhitespace)</c> builds: entities decoded,
/// line ends normalised, white space in attribute values normalised, <c>&lt;a&gt;&lt;/a&gt;</c> kept apart from <c>&lt;a/&gt;</c>.
/// </remarks>
internal sealed class SparsePartReader
{
    /// <summary>Elements worth descending into: they hold paragraphs and are themselves rarely more than a frame.</summary>
    private static readonly HashSet<string> Containers = ["document", "body", "hdr", "ftr", "footnotes", "endnotes", "footnote", "endnote", "tbl", "tr", "tc"];

    /// <summary>
    /// Formatting that no compile step reads inside a built paragraph or table (only content controls read a run's
    /// style, and a part with one is built whole): kept as markup even there. A run's properties are often most of a
    /// paragraph's markup.
    /// </summary>
    private static readonly HashSet<string> Properties = ["pPr", "rPr", "tblPr", "tblGrid", "trPr", "tcPr", "sectPr", "tblPrEx"];

    private static readonly SearchValues<char> NameEnd = SearchValues.Create(" \t\r\n/>=");
    private static readonly SearchValues<char> QuoteOrTagEnd = SearchValues.Create("\"'>=");
    private static readonly SearchValues<char> Blank = SearchValues.Create(" \t\r\n");
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    /// <summary>Characters XML 1.0 does not allow in a document (lone surrogates cannot come out of UTF-8 decoding).</summary>
    private static readonly SearchValues<char> Forbidden = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");

    /// <summary>The prefix the scan counts paragraphs (<c>w:p</c>) and tables (<c>w:tbl</c>) by; Word always writes <c>w</c>.</summary>
    private const string WordPrefix = "w";

    private readonly char[] _text;
    private readonly int _length;
    private readonly List<ElementExtent> _elements = [];

    /// <summary>Namespace declarations in scope, innermost last, and the depth of the element that made each.</summary>
    private readonly List<(string Prefix, XNamespace Namespace, int Depth)> _scope = [];

    /// <summary>Qualified names already resolved in the current scope, for elements and for attributes.</summary>
    private readonly Dictionary<string, XName> _elementNames = [];
    private readonly Dictionary<string, XName> _attributeNames = [];

    /// <summary>The attributes of the start tag being read, as ranges of the text (reused from tag to tag).</summary>
    private readonly List<(Range Name, Range Value)> _attributes = [];
    private int _depth;
    private string? _partName;
    private TemplateLimits _limits = TemplateLimits.Default;

    private SparsePartReader(char[] text, int length)
    {
        _text = text;
        _length = length;
    }

    private ReadOnlySpan<char> Text => _text.AsSpan(0, _length);

    /// <summary>
    /// The part as a sparse tree, holding <paramref name="text"/> (a pooled buffer the caller returns once the tree is no
    /// longer used); null when the part is not one this reader handles or not well-formed (the caller then reads it
    /// whole, and the XML reader says what is wrong).
    /// </summary>
    /// <exception cref="Diagnostics.TemplateLimitException">Deeper or larger than the limits (TPL034, TPL035), found by the index scan before any tree is built.</exception>
    public static XDocument? TryRead(char[] text, int length, string? partName = null, TemplateLimits? limits = null)
    {
        var sparse = new SparsePartReader(text, length) { _partName = partName, _limits = limits ?? TemplateLimits.Default };
        try
        {
            return sparse.Text.ContainsAny(Forbidden) || !sparse.EntitiesAreKnown() || !sparse.IndexElements() ? null : sparse.Build();
        }
        catch (Exception e) when (e is System.Xml.XmlException or ArgumentException or InvalidOperationException or FormatException or OverflowException or IndexOutOfRangeException)
        {
            return null; // a bad name, a duplicate attribute, a character reference XML forbids…: the XML reader decides
        }
    }

    /// <summary>Decodes a UTF-8 part into a pooled buffer; null for another encoding (UTF-16 parts exist, rarely).</summary>
    public static char[]? DecodeUtf8(ReadOnlySpan<byte> bytes, out int length)
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

    private XDocument? Build()
    {
        var root = _elements[0];
        var prolog = Text[..root.Start];
        XDeclaration? declaration = null;
        if (prolog.StartsWith("<?xml"))
        {
            var end = prolog.IndexOf("?>");
            if (end < 0)
            {
                return null;
            }

            if (!ReadAttributes(5, end))
            {
                return null;
            }

            var pseudo = _attributes.ToDictionary(a => Slice(a.Name).ToString(), a => Decode(Slice(a.Value), attribute: true), StringComparer.Ordinal);
            var encoding = pseudo.GetValueOrDefault("encoding");
            if (encoding is not null && !encoding.Equals("UTF-8", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            declaration = new XDeclaration(pseudo.GetValueOrDefault("version") ?? "1.0", encoding, pseudo.GetValueOrDefault("standalone"));
            prolog = prolog[(end + 2)..];
        }

        // Only white space around the root: a comment or a DOCTYPE there is left to the XML reader.
        if (prolog.ContainsAnyExcept(Blank) || Text[root.End..].ContainsAnyExcept(Blank))
        {
            return null;
        }

        var element = StartElement(0);
        if (element is null || !BindsWordPrefix(element))
        {
            return null;
        }

        var built = root.Empty || ReadChildren(element, 0, BuildMode.Sparse);
        EndElement();
        return built ? new XDocument(declaration, element) : null;
    }

    /// <summary>
    /// Whether the scan's paragraph and table counts mean WordprocessingML's: the root binds <c>w</c> to it, and every
    /// other binding of <c>w</c> in the part (the SDK repeats them) binds it to the same namespace.
    /// </summary>
    private bool BindsWordPrefix(XElement root)
    {
        if (root.GetNamespaceOfPrefix(WordPrefix) != WordNames.W)
        {
            return false;
        }

        const string binding = "xmlns:" + WordPrefix + "=";
        var text = Text;
        for (var i = text.IndexOf(binding); i >= 0; i = text[(i + 1)..].IndexOf(binding) is var next and >= 0 ? i + 1 + next : -1)
        {
            var value = text[(i + binding.Length)..];
            if (value.Length < 2 || !value[1..].StartsWith(WordNames.W.NamespaceName) || value.Length <= WordNames.W.NamespaceName.Length + 1
                || value[WordNames.W.NamespaceName.Length + 1] != value[0])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Adds the content of element <paramref name="index"/> to <paramref name="parent"/>: text, then each child.</summary>
    private bool ReadChildren(XElement parent, int index, BuildMode mode)
    {
        var extent = _elements[index];
        var position = extent.StartTagEnd;
        var child = index + 1;
        while (child < _elements.Count && _elements[child].Start < extent.End)
        {
            var next = _elements[child];
            if (!AddText(parent, position, next.Start) || !AddElement(parent, child, mode))
            {
                return false;
            }

            position = next.End;
            child = next.Following;
        }

        if (!AddText(parent, position, Text[..extent.End].LastIndexOf('<')))
        {
            return false;
        }

        if (parent.FirstNode is null)
        {
            parent.Add(string.Empty); // <a></a>, not <a/>: XDocument.Load keeps the difference, and so do we
        }

        return true;
    }

    private bool AddElement(XElement parent, int index, BuildMode mode)
    {
        var extent = _elements[index];
        var markup = _text.AsSpan(extent.Start, extent.End - extent.Start);
        var keep = mode switch
        {
            BuildMode.Sparse => !NeedsTree(markup),
            BuildMode.WholeButProperties => IsProperties(extent) && !NeedsTree(markup),
            _ => false,
        };
        if (keep)
        {
            var name = NameOf(index);
            if (name is null)
            {
                return false;
            }

            var placeholder = new XElement(name);
            placeholder.AddAnnotation(new VerbatimXml(_text, extent.Start, markup.Length, extent.InnerParagraphs, extent.InnerTables));
            parent.Add(placeholder);
            return true;
        }

        var element = StartElement(index);
        if (element is null)
        {
            return false;
        }

        parent.Add(element);
        var holdsContentControl = markup.IndexOf("sdt", StringComparison.Ordinal) >= 0;
        var childMode = mode switch
        {
            BuildMode.Sparse when !holdsContentControl && element.Name.Namespace == WordNames.W && Containers.Contains(element.Name.LocalName) => BuildMode.Sparse,
            BuildMode.Sparse => holdsContentControl ? BuildMode.Whole : BuildMode.WholeButProperties,
            _ => mode,
        };
        var read = extent.Empty || ReadChildren(element, index, childMode);
        EndElement();
        return read;
    }

    private bool IsProperties(ElementExtent extent)
    {
        var name = _text.AsSpan(extent.Start + 1, extent.NameLength);
        return name.StartsWith(WordPrefix + ":") && Properties.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name[2..]);
    }

    /// <summary>
    /// Whether an element can hold a tag, a content control or an escaped brace: only then do the compile steps need
    /// to see inside it.
    /// </summary>
    private static bool NeedsTree(ReadOnlySpan<char> markup) =>
        markup.Contains('{') || markup.IndexOf("sdt", StringComparison.Ordinal) >= 0 || markup.IndexOf("&#", StringComparison.Ordinal) >= 0;

    /// <summary>Character data between two tags: entities decoded, line ends normalised; anything else there (a comment…) is not handled.</summary>
    private bool AddText(XElement parent, int from, int to)
    {
        if (to <= from)
        {
            return to == from;
        }

        var raw = _text.AsSpan(from, to - from);
        if (raw.Contains('<'))
        {
            return false;
        }

        parent.Add(Decode(raw, attribute: false));
        return true;
    }

    /// <summary>
    /// Opens element <paramref name="index"/>: its namespace declarations enter the scope (until <see cref="EndElement"/>),
    /// then its name and attributes are resolved.
    /// </summary>
    private XElement? StartElement(int index)
    {
        var extent = _elements[index];
        _depth++;
        if (!ReadAttributes(extent.Start + 1 + extent.NameLength, extent.StartTagEnd - (extent.Empty ? 2 : 1)))
        {
            return null;
        }

        var declares = false;
        foreach (var (name, value) in _attributes)
        {
            if (Slice(name) is "xmlns" or ['x', 'm', 'l', 'n', 's', ':', ..])
            {
                var prefix = Slice(name) is "xmlns" ? string.Empty : Slice(name)[6..].ToString();
                _scope.Add((prefix, XNamespace.Get(Decode(Slice(value), attribute: true)), _depth));
                declares = true;
            }
        }

        if (declares)
        {
            ForgetNames();
        }

        var element = new XElement(ResolveName(_text.AsSpan(extent.Start + 1, extent.NameLength), isAttribute: false));
        foreach (var (name, value) in _attributes)
        {
            var qualified = Slice(name);
            var attributeName = qualified is "xmlns" ? XNamespace.None + "xmlns"
                : qualified is ['x', 'm', 'l', 'n', 's', ':', ..] ? XNamespace.Xmlns + qualified[6..].ToString()
                : ResolveName(qualified, isAttribute: true);
            element.Add(new XAttribute(attributeName, Decode(Slice(value), attribute: true))); // the same one twice throws: not handled
        }

        return element;
    }

    private void EndElement()
    {
        var removed = false;
        while (_scope.Count > 0 && _scope[^1].Depth == _depth)
        {
            _scope.RemoveAt(_scope.Count - 1);
            removed = true;
        }

        if (removed)
        {
            ForgetNames();
        }

        _depth--;
    }

    /// <summary>The name of element <paramref name="index"/> without building it (its own declarations counted).</summary>
    private XName? NameOf(int index)
    {
        var extent = _elements[index];
        if (_text.AsSpan(extent.Start, extent.StartTagEnd - extent.Start).IndexOf("xmlns", StringComparison.Ordinal) < 0)
        {
            return ResolveName(_text.AsSpan(extent.Start + 1, extent.NameLength), isAttribute: false);
        }

        var element = StartElement(index); // its name may use a namespace it declares itself
        EndElement();
        return element?.Name;
    }

    private XName ResolveName(ReadOnlySpan<char> qualified, bool isAttribute)
    {
        var cache = (isAttribute ? _attributeNames : _elementNames).GetAlternateLookup<ReadOnlySpan<char>>();
        if (cache.TryGetValue(qualified, out var known))
        {
            return known;
        }

        var colon = qualified.IndexOf(':');
        XNamespace ns;
        if (colon < 0)
        {
            ns = isAttribute ? XNamespace.None : Lookup(string.Empty) ?? XNamespace.None;
        }
        else
        {
            var prefix = qualified[..colon].ToString();
            ns = prefix == "xml" ? XNamespace.Xml : Lookup(prefix) ?? throw new System.Xml.XmlException("Undeclared prefix " + prefix);
        }

        var name = ns + qualified[(colon + 1)..].ToString();
        cache[qualified] = name;
        return name;
    }

    private XNamespace? Lookup(string prefix)
    {
        for (var i = _scope.Count - 1; i >= 0; i--)
        {
            if (_scope[i].Prefix == prefix)
            {
                // xmlns="" undeclares the default namespace.
                return _scope[i].Namespace == XNamespace.None && prefix.Length > 0 ? null : _scope[i].Namespace;
            }
        }

        return null;
    }

    private void ForgetNames()
    {
        _elementNames.Clear();
        _attributeNames.Clear();
    }

    /// <summary>
    /// Finds the <c>name="value"</c> pairs between two positions of a start tag (or of the XML declaration) and leaves
    /// them, as ranges of the text, in <see cref="_attributes"/>.
    /// </summary>
    private bool ReadAttributes(int from, int to)
    {
        _attributes.Clear();
        var i = from;
        while (true)
        {
            var blank = i;
            while (i < to && Blank.Contains(_text[i]))
            {
                i++;
            }

            if (i >= to)
            {
                return i == to;
            }

            if (i == blank)
            {
                return false; // attributes are separated by white space
            }

            var nameLength = _text.AsSpan(i, to - i).IndexOfAny(NameEnd);
            if (nameLength <= 0)
            {
                return false;
            }

            var name = new Range(i, i + nameLength);
            i += nameLength;
            while (i < to && Blank.Contains(_text[i]))
            {
                i++;
            }

            if (i >= to || _text[i] != '=')
            {
                return false;
            }

            i++;
            while (i < to && Blank.Contains(_text[i]))
            {
                i++;
            }

            if (i >= to || _text[i] is not ('"' or '\''))
            {
                return false;
            }

            var close = _text.AsSpan(i + 1, to - i - 1).IndexOf(_text[i]);
            if (close < 0 || _text.AsSpan(i + 1, close).Contains('<'))
            {
                return false;
            }

            _attributes.Add((name, new Range(i + 1, i + 1 + close)));
            i += close + 2;
        }
    }

    private ReadOnlySpan<char> Slice(Range range) => _text.AsSpan(range);

    /// <summary>
    /// Character data as XML reads it: <c>\r\n</c> and <c>\r</c> become <c>\n</c>; in an attribute, literal tabs and
    /// line ends become spaces; then entity and character references are replaced.
    /// </summary>
    private static string Decode(ReadOnlySpan<char> raw, bool attribute)
    {
        if (!raw.ContainsAny('&', '\r') && !(attribute && raw.ContainsAny('\t', '\n')))
        {
            return raw.ToString();
        }

        var builder = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '\r')
            {
                if (i + 1 < raw.Length && raw[i + 1] == '\n')
                {
                    i++;
                }

                builder.Append(attribute ? ' ' : '\n');
            }
            else if (attribute && c is '\t' or '\n')
            {
                builder.Append(' ');
            }
            else if (c == '&')
            {
                var end = raw[i..].IndexOf(';');
                builder.Append(Entity(raw.Slice(i + 1, end - 1)));
                i += end;
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The text of an entity or character reference (the part between <c>&amp;</c> and <c>;</c>).</summary>
    private static string Entity(ReadOnlySpan<char> name) => name switch
    {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        ['#', 'x', .. var hex] => Character(int.Parse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)),
        ['#', .. var digits] => Character(int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture)),
        _ => throw new FormatException("Unknown entity"),
    };

    private static string Character(int code)
    {
        var allowed = code is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);
        return allowed ? char.ConvertFromUtf32(code) : throw new FormatException("A character XML forbids");
    }

    /// <summary>Whether every <c>&amp;</c> of the part starts one of XML's five entities or a character reference.</summary>
    private bool EntitiesAreKnown()
    {
        var text = Text;
        for (var i = text.IndexOf('&'); i >= 0; i = text[(i + 1)..].IndexOf('&') is var next and >= 0 ? i + 1 + next : -1)
        {
            var rest = text[(i + 1)..];
            var end = rest.IndexOf(';');
            if (end <= 0 || end > 10)
            {
                return false;
            }

            var name = rest[..end];
            var known = name is "amp" or "lt" or "gt" or "quot" or "apos"
                || (name is ['#', 'x', .. var hex] && hex.Length > 0 && !hex.ContainsAnyExcept(HexDigits))
                || (name is ['#', .. var digits] && digits.Length > 0 && !digits.ContainsAnyExceptInRange('0', '9'));
            if (!known)
            {
                return false;
            }
        }

        return true;
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

                    ref var closed = ref CollectionsMarshal.AsSpan(_elements)[open.Pop()];
                    if (!text.Slice(i + 2, close - 2).TrimEnd(" \t\r\n").SequenceEqual(text.Slice(closed.Start + 1, closed.NameLength)))
                    {
                        return false; // an end tag that does not match its start tag
                    }

                    i += close + 1;
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
                    _elements.Add(new ElementExtent { Start = start, NameLength = nameLength, StartTagEnd = i, Empty = empty, InnerParagraphs = paragraphs, InnerTables = tables });
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
                        if (open.Count > _limits.MaxXmlDepth)
                        {
                            throw PartReader.TooDeep(_partName, _limits);
                        }
                    }

                    if (_elements.Count > _limits.MaxXmlElements)
                    {
                        throw PartReader.TooManyElements(_partName, _limits);
                    }

                    break;
            }

            var next = text[i..].IndexOf('<');
            i = next < 0 ? -1 : i + next;
        }

        return open.Count == 0 && _elements.Count > 0;
    }

    /// <summary>
    /// Moves past a start tag. Kept markup is copied as it is, so this is also its check: every <c>=</c> is followed by
    /// a quoted value, and a value (which may hold <c>&gt;</c> and <c>/</c>) never holds <c>&lt;</c>.
    /// </summary>
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

            if (text[j] == '=')
            {
                j++;
                while (j < text.Length && Blank.Contains(text[j]))
                {
                    j++;
                }

                if (j >= text.Length || text[j] is not ('"' or '\''))
                {
                    return false; // an unquoted value
                }
            }

            var closingQuote = text[(j + 1)..].IndexOf(text[j]);
            if (closingQuote < 0 || text.Slice(j + 1, closingQuote).Contains('<'))
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

    private enum BuildMode
    {
        /// <summary>Only what can hold a tag is built; containers (body, tables, rows, cells) are descended into.</summary>
        Sparse,

        /// <summary>Everything is built but formatting properties (inside a paragraph or table that holds a tag).</summary>
        WholeButProperties,

        /// <summary>Everything is built (inside a content control, whose conversion reads run styles).</summary>
        Whole,
    }

    /// <summary>Where an element's markup starts and ends, what it holds, and the index of the first element after it.</summary>
    private struct ElementExtent
    {
        public int Start;
        public int NameLength;
        public int StartTagEnd;
        public bool Empty;
        public int End;
        public int InnerParagraphs;
        public int InnerTables;
        public int Following;
    }
}
