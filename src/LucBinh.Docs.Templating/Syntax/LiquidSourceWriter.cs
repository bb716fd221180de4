using System.Text;
using LucBinh.Docs.Templating.Layout;

namespace LucBinh.Docs.Templating.Syntax;

/// <summary>
/// Receives a part's XML as the XML writer serialises it and writes the part's Liquid source: each tag marker becomes
/// its tag's Liquid text, and braces that Liquid would read as a tag outside our tags (in tracked deletions, field
/// codes, attributes) are wrapped in <c>{% raw %}</c>. Working on the serialiser's chunks avoids holding the XML and
/// the source as two more strings of the part's size (large-object heap, a full GC every few loads).
/// </summary>
internal sealed class LiquidSourceWriter : TextWriter
{
    private readonly List<TemplateTag> _tags;
    private readonly StringBuilder _builder = new();
    private bool _verbatim;
    private bool _pendingBrace;
    private bool _inMarker;
    private int _markerIndex;

    public LiquidSourceWriter(List<TemplateTag> tags, string declaration)
    {
        _tags = tags;
        _builder.Append(declaration);
    }

    /// <summary>Where each tag's Liquid text starts in the source, by tag index.</summary>
    public Dictionary<int, int> MarkerPositions { get; } = [];

    public override Encoding Encoding => Encoding.Unicode;

    public override void Write(char value) => Process([value]);

    public override void Write(char[] buffer, int index, int count) => Process(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer) => Process(buffer);

    public override void Write(string? value) => Process(value);

    /// <summary>The finished source.</summary>
    public string Source()
    {
        FlushBrace();
        return _builder.ToString();
    }

    private void Process(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            if (_inMarker)
            {
                var end = text.IndexOf(TagMarkers.End);
                foreach (var c in end < 0 ? text : text[..end])
                {
                    _markerIndex = (_markerIndex * 10) + (c - '0');
                }

                if (end < 0)
                {
                    return;
                }

                EmitTag(_tags[_markerIndex]);
                _inMarker = false;
                _markerIndex = 0;
                text = text[(end + 1)..];
                continue;
            }

            var start = text.IndexOfAny(TagMarkers.Start, TagMarkers.OutputStart);
            AppendLiteral(start < 0 ? text : text[..start]);
            if (start < 0)
            {
                return;
            }

            FlushBrace(); // a brace just before a tag is a plain brace
            _inMarker = true;
            text = text[(start + 1)..];
        }
    }

    private void EmitTag(TemplateTag tag)
    {
        MarkerPositions[tag.Index] = _builder.Length;
        _builder.Append(tag.Name switch
        {
            PageBreak.TagName => PageBreak.Markup(tag),
            NumberingRestart.TagName => NumberingRestart.Markup,
            Includes.IncludeTag.Name => string.Empty, // the block is already in the part, after the tag's paragraph
            _ => tag.Source,
        });
        if (tag.Kind == TagKind.Verbatim)
        {
            _verbatim = TagCatalog.IsVerbatimOpener(tag.Name);
        }
    }

    private void AppendLiteral(ReadOnlySpan<char> literal)
    {
        if (literal.IsEmpty)
        {
            return;
        }

        if (_verbatim)
        {
            _builder.Append(literal);
            return;
        }

        if (_pendingBrace)
        {
            _pendingBrace = false;
            if (literal[0] is '{' or '%')
            {
                Wrap(literal[0]);
                literal = literal[1..];
            }
            else
            {
                _builder.Append('{');
            }
        }

        // Copy whole runs of text; only a '{' followed by '{' or '%' needs attention.
        while (true)
        {
            var brace = literal.IndexOf('{');
            if (brace < 0)
            {
                _builder.Append(literal);
                return;
            }

            _builder.Append(literal[..brace]);
            if (brace == literal.Length - 1)
            {
                _pendingBrace = true; // the next chunk says what it is
                return;
            }

            if (literal[brace + 1] is '{' or '%')
            {
                Wrap(literal[brace + 1]);
                literal = literal[(brace + 2)..];
            }
            else
            {
                _builder.Append('{');
                literal = literal[(brace + 1)..];
            }
        }
    }

    private void Wrap(char second) => _builder.Append("{% raw %}{").Append(second).Append("{% endraw %}");

    private void FlushBrace()
    {
        if (_pendingBrace)
        {
            _pendingBrace = false;
            _builder.Append('{');
        }
    }
}
