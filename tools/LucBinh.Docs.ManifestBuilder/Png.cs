using System.Buffers.Binary;

namespace LucBinh.Docs.ManifestBuilder;

/// <summary>
/// A minimal PNG encoder (8-bit RGBA, no filter) whose zlib stream uses stored (uncompressed) deflate blocks: the bytes
/// depend on the pixels only, never on the runtime's zlib build, so committed icons compare equal to a regeneration on
/// any machine (IconTests). Icons are small; the size cost is a few kilobytes.
/// </summary>
public static class Png
{
    /// <summary>Encodes <paramref name="rgba"/> (width × height × 4 bytes, straight alpha).</summary>
    public static byte[] Encode(int width, int height, byte[] rgba)
    {
        ArgumentNullException.ThrowIfNull(rgba);
        if (rgba.Length != width * height * 4)
        {
            throw new ArgumentException("RGBA buffer size does not match width × height × 4.", nameof(rgba));
        }

        using var raw = new MemoryStream();
        for (var y = 0; y < height; y++)
        {
            raw.WriteByte(0); // filter type 0 (None) for every scanline
            raw.Write(rgba, y * width * 4, width * 4);
        }

        var compressed = StoredZlib(raw.ToArray());

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 6; // colour type: RGBA
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed);
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>The width and height stored in a PNG's IHDR chunk; throws when the bytes are not a PNG.</summary>
    public static (int Width, int Height) ReadSize(ReadOnlySpan<byte> png)
    {
        ReadOnlySpan<byte> signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
        if (png.Length < 24 || !png[..8].SequenceEqual(signature) || !png[12..16].SequenceEqual("IHDR"u8))
        {
            throw new InvalidDataException("Not a PNG file.");
        }

        return (BinaryPrimitives.ReadInt32BigEndian(png[16..]), BinaryPrimitives.ReadInt32BigEndian(png[20..]));
    }

    private static void Chunk(Stream stream, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        stream.Write(length);
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        stream.Write(typeBytes);
        stream.Write(data);
        var sum = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(sum, Crc32([.. typeBytes, .. data]));
        stream.Write(sum);
    }

    /// <summary>RFC 1950 zlib wrapper around RFC 1951 stored blocks (BTYPE 00, at most 65535 bytes each).</summary>
    private static byte[] StoredZlib(byte[] data)
    {
        using var output = new MemoryStream();
        output.Write([0x78, 0x01]);
        var offset = 0;
        do
        {
            var length = Math.Min(65_535, data.Length - offset);
            var final = offset + length == data.Length;
            output.WriteByte(final ? (byte)1 : (byte)0);
            output.Write([(byte)length, (byte)(length >> 8), (byte)~length, (byte)(~length >> 8)]);
            output.Write(data, offset, length);
            offset += length;
        }
        while (offset < data.Length);

        uint a = 1, b = 0;
        foreach (var value in data)
        {
            a = (a + value) % 65_521;
            b = (b + a) % 65_521;
        }

        var adler = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(adler, (b << 16) | a);
        output.Write(adler);
        return output.ToArray();
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var value in bytes)
        {
            crc ^= value;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
