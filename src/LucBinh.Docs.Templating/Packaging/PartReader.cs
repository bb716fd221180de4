using System.Buffers;
using System.Xml;
using System.Xml.Linq;

namespace LucBinh.Docs.Templating.Packaging;

/// <summary>Reads a part's XML into an <see cref="XDocument"/>, white space kept, no DTD.</summary>
internal static class PartReader
{
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    public static XDocument Load(EntryData data)
    {
        using var stream = data.Open();
        using var reader = XmlReader.Create(stream, Settings);
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    }

    /// <summary>
    /// The part's XML for the compiler, or null when it cannot hold a tag: no <c>{</c> anywhere (text, alternative
    /// text) and no content control. Such a part (most footnotes, many headers) is copied unchanged without being
    /// parsed at all. Otherwise the tree is built only where a tag can be (<see cref="SparsePartReader"/>).
    /// </summary>
    public static TemplateXml? LoadIfTemplated(EntryData data)
    {
        if (data.Size > 16 * 1024 * 1024)
        {
            return new TemplateXml(Load(data), null); // a huge part: let the XML reader stream it instead of holding its bytes
        }

        // Pooled, so the inflated bytes of a large part do not land on the large-object heap at every Load.
        var buffer = ArrayPool<byte>.Shared.Rent((int)data.Size);
        try
        {
            using (var stream = data.Open())
            {
                stream.ReadExactly(buffer, 0, (int)data.Size);
            }

            var bytes = buffer.AsSpan(0, (int)data.Size);
            if (!bytes.Contains((byte)'{') && bytes.IndexOf("sdt"u8) < 0)
            {
                return null;
            }

            if (SparsePartReader.DecodeUtf8(bytes, out var length) is { } text)
            {
                if (SparsePartReader.TryRead(text, length) is { } sparse)
                {
                    return new TemplateXml(sparse, text);
                }

                ArrayPool<char>.Shared.Return(text);
            }

            using var reader = XmlReader.Create(new MemoryStream(buffer, 0, (int)data.Size, writable: false), Settings);
            return new TemplateXml(XDocument.Load(reader, LoadOptions.PreserveWhitespace), null);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
