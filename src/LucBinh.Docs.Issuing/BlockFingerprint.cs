using System.Security.Cryptography;
using LucBinh.Docs.Templating.Includes;

namespace LucBinh.Docs.Issuing;

/// <summary>
/// The blocks a template included while it was loaded, each by path and SHA-256 of its bytes, so that a document's key
/// (<see cref="DocumentKey"/>) changes when a shared block it shows (the header, the signature) was edited, exactly as it
/// does when the template itself changes. Bytes are hashed as the engine reads them: its bounds stay the only ones.
/// </summary>
internal sealed class BlockFingerprint(ITemplateIncludes inner) : ITemplateIncludes
{
    private readonly SortedDictionary<string, string> _blocks = new(StringComparer.Ordinal);

    public Stream? Open(string path) =>
        inner.Open(path) is { } stream ? new HashingStream(stream, hash => Record(path, hash)) : null;

    /// <summary>"path=hash" lines in path order; null when nothing was included (the key of such a template is unchanged).</summary>
    public string? Value()
    {
        lock (_blocks)
        {
            return _blocks.Count == 0 ? null : string.Join("\n", _blocks.Select(b => b.Key + "=" + b.Value));
        }
    }

    private void Record(string path, string hash)
    {
        lock (_blocks)
        {
            _blocks[path] = hash;
        }
    }

    /// <summary>A read-only pass-through that hashes what is read and reports the hash when disposed.</summary>
    private sealed class HashingStream(Stream inner, Action<string> done) : Stream
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private bool _disposed;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position
        {
            get => inner.Position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            _hash.AppendData(buffer[..read]);
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing && !_disposed)
            {
                _disposed = true;
                done(Convert.ToHexStringLower(_hash.GetHashAndReset()));
                _hash.Dispose();
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
