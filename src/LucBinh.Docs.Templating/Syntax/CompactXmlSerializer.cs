using System.Buffers;
using System.Xml.Linq;
using LucBinh.Docs.Templating.Packaging;

namespace LucBinh.Docs.Templating.Syntax;

/// <summary>
/// Writes an element as <c>XElement.ToString(SaveOptions.DisableFormatting)</c> would, for the documents Word writes,
/// several times faster (no XmlWriter checks per attribute, no namespace bookkeeping beyond a stack of the declared
/// prefixes). Whatever it does not handle exactly like XmlWriter (control characters, line breaks, surrogates,
/// undeclared namespaces, comments with <c>--</c>…) makes <see cref="TryWrite"/> give up, and the caller uses
/// XmlWriter instead, so the output is always the same as before.
/// </summary>
internal sealed class CompactXmlSerializer
{
    private const string ControlsAndOddities =
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F" +
        "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F" +
        "\u2028\u2029\uFFFE\uFFFF";

    private static readonly SearchValues<char> TextSpecial = SearchValues.Create(ControlsAndOddities + Surrogates() + "&<>");
    private static readonly SearchValues<char> AttributeSpecial = SearchValues.Create(ControlsAndOddities + Surrogates() + "&<>\"");

    private readonly TextWriter _output;
    private readonly char[] _buffer = ArrayPool<char>.Shared.Rent(8192);
    private readonly List<(XNamespace Namespace, string Prefix, int Depth)> _prefixes = [];

    /// <summary>Prefixes found for the declarations now in scope (elements, then attributes); cleared when those change.</summary>
    private readonly Dictionary<XNamespace, string>[] _resolved = [[], []];
    private int _length;
    private int _depth;

    private CompactXmlSerializer(TextWriter output) => _output = output;

    /// <summary>Writes <paramref name="root"/> to <paramref name="output"/>, or returns false (having written part of it) when XmlWriter must do it.</summary>
    public static bool TryWrite(XElement root, TextWriter output)
    {
        var serializer = new CompactXmlSerializer(output);
        try
        {
            if (!serializer.Element(root))
            {
                return false;
            }

            serializer.Flush();
            return true;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(serializer._buffer);
        }
    }

    private bool Element(XElement element)
    {
        if (VerbatimXml.Of(element) is { } verbatim)
        {
            Append(verbatim.Markup); // in scope: the prefixes it uses are declared on the elements written around it
            return true;
        }

        _depth++;
        foreach (var attribute in element.Attributes())
        {
            if (attribute.IsNamespaceDeclaration)
            {
                _prefixes.Add((attribute.Value, attribute.Name.Namespace == XNamespace.None ? string.Empty : attribute.Name.LocalName, _depth));
                ForgetResolved();
            }
        }

        if (!Prefix(element.Name.Namespace, allowDefault: true, out var prefix))
        {
            return false;
        }

        Append('<');
        AppendName(prefix, element.Name.LocalName);
        foreach (var attribute in element.Attributes())
        {
            Append(' ');
            if (attribute.IsNamespaceDeclaration)
            {
                AppendName(attribute.Name.Namespace == XNamespace.None ? string.Empty : "xmlns", attribute.Name.Namespace == XNamespace.None ? "xmlns" : attribute.Name.LocalName);
            }
            else
            {
                if (!Prefix(attribute.Name.Namespace, allowDefault: false, out var attributePrefix))
                {
                    return false;
                }

                AppendName(attributePrefix, attribute.Name.LocalName);
            }

            Append("=\"");
            if (!Escaped(attribute.Value, AttributeSpecial))
            {
                return false;
            }

            Append('"');
        }

        if (element.IsEmpty)
        {
            Append(" />");
        }
        else
        {
            Append('>');
            foreach (var node in element.Nodes())
            {
                if (!Node(node))
                {
                    return false;
                }
            }

            Append("</");
            AppendName(prefix, element.Name.LocalName);
            Append('>');
        }

        while (_prefixes.Count > 0 && _prefixes[^1].Depth == _depth)
        {
            _prefixes.RemoveAt(_prefixes.Count - 1);
            ForgetResolved();
        }

        _depth--;
        return true;
    }

    private bool Node(XNode node)
    {
        switch (node)
        {
            case XElement child:
                return Element(child);
            case XCData:
                return false;
            case XText text:
                return Escaped(text.Value, TextSpecial);
            case XProcessingInstruction pi when !pi.Data.Contains("?>", StringComparison.Ordinal) && Plain(pi.Target) && Plain(pi.Data):
                Append("<?");
                Append(pi.Target);
                if (pi.Data.Length > 0)
                {
                    Append(' ');
                    Append(pi.Data);
                }

                Append("?>");
                return true;
            case XComment comment when !comment.Value.Contains("--", StringComparison.Ordinal) && !comment.Value.EndsWith('-') && Plain(comment.Value):
                Append("<!--");
                Append(comment.Value);
                Append("-->");
                return true;
            default:
                return false;
        }
    }

    private void ForgetResolved()
    {
        _resolved[0].Clear();
        _resolved[1].Clear();
    }

    /// <summary>The prefix declared in scope for a namespace, remembered while the declarations in scope stay the same.</summary>
    private bool Prefix(XNamespace ns, bool allowDefault, out string prefix)
    {
        var resolved = _resolved[allowDefault ? 0 : 1];
        if (resolved.TryGetValue(ns, out prefix!))
        {
            return true;
        }

        if (!FindPrefix(ns, allowDefault, out prefix))
        {
            return false;
        }

        resolved[ns] = prefix;
        return true;
    }

    /// <summary>The prefix declared in scope for a namespace (innermost first, and not re-bound further in).</summary>
    private bool FindPrefix(XNamespace ns, bool allowDefault, out string prefix)
    {
        prefix = string.Empty;
        if (ns == XNamespace.None)
        {
            // An unqualified element under a default namespace would need xmlns="": leave that to XmlWriter.
            return !allowDefault || !_prefixes.Exists(p => p.Prefix.Length == 0 && p.Namespace != XNamespace.None);
        }

        if (ns == XNamespace.Xml)
        {
            prefix = "xml";
            return true;
        }

        for (var i = _prefixes.Count - 1; i >= 0; i--)
        {
            var (declared, candidate, _) = _prefixes[i];
            if (declared != ns || (candidate.Length == 0 && !allowDefault))
            {
                continue;
            }

            var rebound = false;
            for (var j = i + 1; j < _prefixes.Count; j++)
            {
                rebound |= _prefixes[j].Prefix == candidate;
            }

            if (!rebound)
            {
                prefix = candidate;
                return true;
            }
        }

        return false;
    }

    private static bool Plain(string text) => !text.AsSpan().ContainsAny(TextSpecial);

    private bool Escaped(string value, SearchValues<char> special)
    {
        var text = value.AsSpan();
        while (true)
        {
            var i = text.IndexOfAny(special);
            if (i < 0)
            {
                Append(text);
                return true;
            }

            Append(text[..i]);
            switch (text[i])
            {
                case '&':
                    Append("&amp;");
                    break;
                case '<':
                    Append("&lt;");
                    break;
                case '>':
                    Append("&gt;");
                    break;
                case '"':
                    Append("&quot;");
                    break;
                default:
                    return false;
            }

            text = text[(i + 1)..];
        }
    }

    private void AppendName(string prefix, string localName)
    {
        if (prefix.Length > 0)
        {
            Append(prefix);
            Append(':');
        }

        Append(localName);
    }

    private void Append(char c)
    {
        if (_length == _buffer.Length)
        {
            Flush();
        }

        _buffer[_length++] = c;
    }

    private void Append(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            if (_length == _buffer.Length)
            {
                Flush();
            }

            var n = Math.Min(text.Length, _buffer.Length - _length);
            text[..n].CopyTo(_buffer.AsSpan(_length));
            _length += n;
            text = text[n..];
        }
    }

    private void Flush()
    {
        _output.Write(_buffer, 0, _length);
        _length = 0;
    }

    private static string Surrogates() =>
        string.Create(0x800, 0, static (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)(0xD800 + i);
            }
        });
}
