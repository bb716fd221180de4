using System.Buffers.Binary;
using System.Text;

namespace LucBinh.Docs.Templating.Packaging;

/// <summary>
/// Writes a zip whose entries are given already compressed (<see cref="EntryData"/>): untouched template entries are
/// copied as they were, rewritten ones were deflated while they were rendered. Every entry gets the same timestamp
/// (1980-01-01 00:00, the earliest a zip can hold) and no extra field, so the same input gives the same bytes.
/// </summary>
internal sealed class ZipWriter(Stream output)
{
    private const ushort DosTime = 0;
    private const ushort DosDate = (1 << 5) | 1; // 1980-01-01
    private const ushort Version = 20; // 2.0: deflate

    private readonly List<(byte[] Name, ushort Flags, EntryData Data, long Offset)> _written = [];

    /// <summary>The exact size of the zip <see cref="Add"/> and <see cref="Finish"/> write for these entries.</summary>
    public static long SizeOf(IEnumerable<(string Name, EntryData Data)> entries)
    {
        long size = 22;
        foreach (var (name, data) in entries)
        {
            var nameLength = Encoding.UTF8.GetByteCount(name);
            size += 30 + nameLength + data.Data.Length + 46 + nameLength;
        }

        return size;
    }

    public void Add(string name, EntryData data)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var flags = (ushort)(Ascii(nameBytes) ? 0 : 0x800); // bit 11: the name is UTF-8
        var offset = output.Position;
        if (offset > uint.MaxValue || data.Size > uint.MaxValue || _written.Count >= ushort.MaxValue)
        {
            throw new IOException("The document is too large for a zip without zip64 extensions.");
        }

        Span<byte> header = stackalloc byte[30];
        BinaryPrimitives.WriteUInt32LittleEndian(header, 0x04034b50);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], Version);
        WriteEntryFields(header[6..], flags, data);
        BinaryPrimitives.WriteUInt16LittleEndian(header[26..], (ushort)nameBytes.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], 0);
        output.Write(header);
        output.Write(nameBytes);
        output.Write(data.Data.Span);
        _written.Add((nameBytes, flags, data, offset));
    }

    /// <summary>
    /// The 20 bytes the local header and the central directory record share, in the same order (APPNOTE 4.3.7, 4.3.12):
    /// flags, method, time, date, CRC-32, compressed and uncompressed sizes.
    /// </summary>
    private static void WriteEntryFields(Span<byte> at, ushort flags, EntryData data)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(at, flags);
        BinaryPrimitives.WriteUInt16LittleEndian(at[2..], data.Method);
        BinaryPrimitives.WriteUInt16LittleEndian(at[4..], DosTime);
        BinaryPrimitives.WriteUInt16LittleEndian(at[6..], DosDate);
        BinaryPrimitives.WriteUInt32LittleEndian(at[8..], data.Crc32);
        BinaryPrimitives.WriteUInt32LittleEndian(at[12..], (uint)data.Data.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(at[16..], (uint)data.Size);
    }

    /// <summary>Writes the central directory and its end record.</summary>
    public void Finish()
    {
        var start = output.Position;
        Span<byte> header = stackalloc byte[46];
        foreach (var (name, flags, data, offset) in _written)
        {
            header.Clear();
            BinaryPrimitives.WriteUInt32LittleEndian(header, 0x02014b50);
            BinaryPrimitives.WriteUInt16LittleEndian(header[4..], Version);
            BinaryPrimitives.WriteUInt16LittleEndian(header[6..], Version);
            WriteEntryFields(header[8..], flags, data);
            BinaryPrimitives.WriteUInt16LittleEndian(header[28..], (ushort)name.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(header[42..], (uint)offset);
            output.Write(header);
            output.Write(name);
        }

        var size = output.Position - start;
        if (start > uint.MaxValue)
        {
            throw new IOException("The document is too large for a zip without zip64 extensions.");
        }

        Span<byte> end = stackalloc byte[22];
        end.Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)_written.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)_written.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], (uint)size);
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], (uint)start);
        output.Write(end);
    }

    private static bool Ascii(byte[] bytes) => !bytes.AsSpan().ContainsAnyExceptInRange((byte)0x20, (byte)0x7E);
}
