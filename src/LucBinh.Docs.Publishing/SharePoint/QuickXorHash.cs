namespace LucBinh.Docs.Publishing.SharePoint;

/// <summary>
/// The <c>quickXorHash</c> SharePoint and OneDrive for Business return in <c>file.hashes</c> (the only hash they give,
/// graph-notes §1): each byte is XORed into a 160-bit register at bit offset <c>(11 × index) mod 160</c>, then the
/// length (64-bit little-endian) is XORed into the last 8 bytes; base64 of the 20 bytes. Bit k of the register is bit
/// (k mod 8) of byte k/8, so the 64/64/32-bit cells of the reference code are bytes 0–7, 8–15, 16–19.
/// Checked against the published test vectors in QuickXorHashTests.
/// </summary>
public sealed class QuickXorHash
{
    private const int WidthInBits = 160;
    private const int Shift = 11;
    private const int WidthInBytes = WidthInBits / 8;

    private readonly byte[] _register = new byte[WidthInBytes];
    private long _length;
    private int _bitOffset;

    public static string Compute(ReadOnlySpan<byte> content)
    {
        var hash = new QuickXorHash();
        hash.Append(content);
        return hash.ToBase64();
    }

    public static string Compute(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var hash = new QuickXorHash();
        var buffer = new byte[81920];
        int read;
        while ((read = content.Read(buffer)) > 0)
        {
            hash.Append(buffer.AsSpan(0, read));
        }

        return hash.ToBase64();
    }

    public void Append(ReadOnlySpan<byte> data)
    {
        var offset = _bitOffset;
        foreach (var b in data)
        {
            var index = offset >> 3;
            var shifted = b << (offset & 7);
            _register[index] ^= (byte)shifted;
            _register[(index + 1) % WidthInBytes] ^= (byte)(shifted >> 8);
            offset += Shift;
            if (offset >= WidthInBits)
            {
                offset -= WidthInBits;
            }
        }

        _bitOffset = offset;
        _length += data.Length;
    }

    public string ToBase64()
    {
        var result = (byte[])_register.Clone();
        var length = BitConverter.GetBytes(_length);
        if (!BitConverter.IsLittleEndian)
        {
            Array.Reverse(length);
        }

        for (var i = 0; i < length.Length; i++)
        {
            result[WidthInBytes - length.Length + i] ^= length[i];
        }

        return Convert.ToBase64String(result);
    }
}
