using System.Buffers.Binary;

namespace LucBinh.Docs.Templating.Rendering;

/// <summary>An image to place in the document: its bytes, format and pixel size, read from the file's own header.</summary>
internal sealed record ImageData(byte[] Bytes, string Extension, string ContentType, int Width, int Height)
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>
    /// Recognises PNG, JPEG, GIF and BMP by their signature; anything else is not an image Word shows. A declared size
    /// that no image has (negative, beyond int, a BMP's int.MinValue whose absolute value overflows) gives width 0.
    /// </summary>
    public static ImageData? TryRead(byte[] bytes)
    {
        ReadOnlySpan<byte> b = bytes;
        if (b.Length > 24 && b[..8].SequenceEqual(PngSignature))
        {
            return new(bytes, "png", "image/png", Dimension(BinaryPrimitives.ReadUInt32BigEndian(b[16..])), Dimension(BinaryPrimitives.ReadUInt32BigEndian(b[20..])));
        }

        if (b.Length > 10 && (b[..6].SequenceEqual("GIF87a"u8) || b[..6].SequenceEqual("GIF89a"u8)))
        {
            return new(bytes, "gif", "image/gif", BinaryPrimitives.ReadUInt16LittleEndian(b[6..]), BinaryPrimitives.ReadUInt16LittleEndian(b[8..]));
        }

        if (b.Length > 26 && b[0] == (byte)'B' && b[1] == (byte)'M')
        {
            // A BMP's height is negative for a top-down image; its absolute value is taken as a long (|int.MinValue|).
            return new(bytes, "bmp", "image/bmp", Dimension(Math.Abs((long)BinaryPrimitives.ReadInt32LittleEndian(b[18..]))), Dimension(Math.Abs((long)BinaryPrimitives.ReadInt32LittleEndian(b[22..]))));
        }

        if (b.Length > 4 && b[0] == 0xFF && b[1] == 0xD8)
        {
            var (width, height) = JpegSize(b);
            return width > 0 ? new(bytes, "jpeg", "image/jpeg", width, height) : null;
        }

        return null;
    }

    /// <summary>Width × height, for the pixel limit.</summary>
    public long Pixels => (long)Width * Height;

    private static int Dimension(long value) => value is > 0 and <= int.MaxValue ? (int)value : 0;

    /// <summary>The size from the first start-of-frame marker (SOF0–SOF15 except DHT, JPG and DAC).</summary>
    private static (int Width, int Height) JpegSize(ReadOnlySpan<byte> b)
    {
        var i = 2;
        while (i + 9 < b.Length)
        {
            if (b[i] != 0xFF)
            {
                i++;
                continue;
            }

            var marker = b[i + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(b[(i + 2)..]);
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return (BinaryPrimitives.ReadUInt16BigEndian(b[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(b[(i + 5)..]));
            }

            i += 2 + length;
        }

        return (0, 0);
    }
}
