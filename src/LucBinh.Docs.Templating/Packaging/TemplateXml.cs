using System.Buffers;
using System.Xml.Linq;

namespace LucBinh.Docs.Templating.Packaging;

/// <summary>A part's tree for the compiler; disposing it returns the text its verbatim elements point into.</summary>
internal sealed class TemplateXml(XDocument document, char[]? pooledText) : IDisposable
{
    private char[]? _pooledText = pooledText;

    public XDocument Document { get; } = document;

    public void Dispose()
    {
        if (_pooledText is { } text)
        {
            _pooledText = null;
            ArrayPool<char>.Shared.Return(text);
        }
    }
}
