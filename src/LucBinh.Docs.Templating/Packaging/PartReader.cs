using System.Buffers;
using System.Xml;
using System.Xml.Linq;

namespace LucBinh.Docs.Templating.Packaging;

/// <summary>
/// Reads a part's XML into an <see cref="XDocument"/>, white space kept, no DTD (so no entity expansion), and never a
/// tree deeper than <see cref="TemplateLimits.MaxXmlDepth"/> or larger than <see cref="TemplateLimits.MaxXmlElements"/>
/// (TPL034), which the code that walks trees recursively relies on: the limits are checked by a scan before any tree is built.
/// </summary>
internal static class PartReader
{
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    public static XDocument Load(EntryData data, string? partName = null, TemplateLimits? limits = null)
    {
        limits ??= TemplateLimits.Default;
        using (var scan = data.Open())
        {
            CheckShape(scan, partName, limits);
        }

        using var stream = data.Open();
        using var reader = XmlReader.Create(stream, Settings);
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    }

    /// <summary>One pass of the XML reader (no tree): depth and element count within the limits, or TPL034.</summary>
    private static void CheckShape(Stream xml, string? partName, TemplateLimits limits)
    {
        using var reader = XmlReader.Create(xml, Settings);
        var elements = 0L;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                if (reader.Depth >= limits.MaxXmlDepth)
                {
                    throw TooDeep(partName, limits);
                }

                if (++elements > limits.MaxXmlElements)
                {
                    throw TooManyElements(partName, limits);
                }
            }
        }
    }

    public static Diagnostics.TemplateLimitException TooDeep(string? partName, TemplateLimits limits) =>
        new("TPL034", null, partName ?? string.Empty, limits.MaxXmlDepth);

    public static Diagnostics.TemplateLimitException TooManyElements(string? partName, TemplateLimits limits) =>
        new("TPL035", null, partName ?? string.Empty, limits.MaxXmlElements);

    /// <summary>
    /// The part's XML for the compiler, or null when it cannot hold a tag: no <c>{</c> anywhere (text, alternative
    /// text) and no content control. Such a part (most footnotes, many headers) is copied unchanged without being
    /// parsed at all. Otherwise the tree is built only where a tag can be (<see cref="SparsePartReader"/>).
    /// </summary>
    public static TemplateXml? LoadIfTemplated(EntryData data, string? partName = null, TemplateLimits? limits = null)
    {
        limits ??= TemplateLimits.Default;
        if (data.Size > 16 * 1024 * 1024)
        {
            return new TemplateXml(Load(data, partName, limits), null); // a huge part: let the XML reader stream it instead of holding its bytes
        }

        // Pooled, so the inflated bytes of a large part do not land on the large-object heap at every Load.
        var buffer = ArrayPool<byte>.Shared.Rent((int)data.Size);
        try
        {
            using (var stream = data.Open())
            {
                stream.ReadExactly(buffer, 0, (int)data.Size);
                if (stream.ReadByte() >= 0)
                {
                    throw new Diagnostics.TemplateLimitException("TPL028", null, Rendering.RenderBudget.Megabytes(data.Size)); // more than it declared
                }
            }

            var bytes = buffer.AsSpan(0, (int)data.Size);
            if (!bytes.Contains((byte)'{') && bytes.IndexOf("sdt"u8) < 0)
            {
                return null;
            }

            if (SparsePartReader.DecodeUtf8(bytes, out var length) is { } text)
            {
                if (SparsePartReader.TryRead(text, length, partName, limits) is { } sparse)
                {
                    return new TemplateXml(sparse, text);
                }

                ArrayPool<char>.Shared.Return(text);
            }

            CheckShape(new MemoryStream(buffer, 0, (int)data.Size, writable: false), partName, limits);
            using var reader = XmlReader.Create(new MemoryStream(buffer, 0, (int)data.Size, writable: false), Settings);
            return new TemplateXml(XDocument.Load(reader, LoadOptions.PreserveWhitespace), null);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
