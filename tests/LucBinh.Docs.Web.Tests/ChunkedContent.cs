using System.Net;

namespace LucBinh.Docs.Web.Tests;

/// <summary>Sends another content without a Content-Length (chunked), as a client streaming its upload does.</summary>
internal sealed class ChunkedContent : HttpContent
{
    private readonly HttpContent _inner;

    public ChunkedContent(HttpContent inner)
    {
        _inner = inner;
        foreach (var header in inner.Headers)
        {
            Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        Headers.ContentLength = null;
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => _inner.CopyToAsync(stream, context);

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
