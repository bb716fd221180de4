using System.Buffers.Binary;
using System.Text;

namespace LucBinh.Docs.Tracker.Formats;

/// <summary>
/// The names of the streams and storages at the root of an OLE compound file (MS-CFB), to tell what the file is: an
/// Excel workbook has a root stream "Workbook" (or "Book", in any case), a Word document "WordDocument", an encrypted
/// Office file "EncryptionInfo". Streams of objects embedded in a workbook (a Word document in a cell) live in storages
/// under the root and are not looked at. Every walk is bounded by the file's size: a hostile directory costs a scan.
/// </summary>
internal static class CompoundFileDirectory
{
    private const int HeaderSize = 512;
    private const int DirectoryEntrySize = 128;
    private const uint NoStream = 0xFFFFFFFF;
    private const uint MaxRegularSector = 0xFFFFFFFA;
    private const int HeaderDifatEntries = 109;

    /// <summary>The root's children's names, or null when the header or directory cannot be followed.</summary>
    public static IReadOnlyList<string>? RootNames(byte[] content)
    {
        if (content.Length < HeaderSize)
        {
            return null;
        }

        var shift = BinaryPrimitives.ReadUInt16LittleEndian(content.AsSpan(0x1E));
        if (shift is not (9 or 12))
        {
            return null;
        }

        var sectorSize = 1 << shift;
        // Whole sectors only: every offset read below stays inside the file.
        var sectorCount = (content.Length - HeaderSize) / sectorSize;
        var fatSectors = FatSectors(content, sectorSize, sectorCount);
        var entriesPerFatSector = sectorSize / 4;

        uint NextSector(uint sector)
        {
            var fatIndex = sector / (uint)entriesPerFatSector;
            if (fatIndex >= fatSectors.Count)
            {
                return NoStream;
            }

            var offset = ((long)fatSectors[(int)fatIndex] + 1) * sectorSize + (sector % entriesPerFatSector) * 4;
            return offset + 4 <= content.Length ? BinaryPrimitives.ReadUInt32LittleEndian(content.AsSpan((int)offset)) : NoStream;
        }

        // The directory's sectors, in chain order; a chain longer than the file has sectors is a loop.
        var directory = new List<uint>();
        for (var sector = BinaryPrimitives.ReadUInt32LittleEndian(content.AsSpan(0x30)); sector <= MaxRegularSector; sector = NextSector(sector))
        {
            if (sector >= sectorCount || directory.Count > sectorCount)
            {
                return null;
            }

            directory.Add(sector);
        }

        var entriesPerSector = sectorSize / DirectoryEntrySize;
        var entryCount = directory.Count * entriesPerSector;
        int EntryOffset(uint id) => (int)((directory[(int)(id / (uint)entriesPerSector)] + 1L) * sectorSize + (id % entriesPerSector) * DirectoryEntrySize);
        if (entryCount == 0 || EntryOffset(0) + DirectoryEntrySize > content.Length)
        {
            return null;
        }

        // The root's children form a tree through their left and right siblings; each entry is visited once at most.
        var names = new List<string>();
        var visited = new HashSet<uint>();
        var pending = new Stack<uint>();
        pending.Push(BinaryPrimitives.ReadUInt32LittleEndian(content.AsSpan(EntryOffset(0) + 0x4C)));
        while (pending.Count > 0)
        {
            var id = pending.Pop();
            if (id == NoStream || id >= entryCount || !visited.Add(id))
            {
                continue;
            }

            var offset = EntryOffset(id);
            if (offset + DirectoryEntrySize > content.Length)
            {
                return null;
            }

            var nameBytes = BinaryPrimitives.ReadUInt16LittleEndian(content.AsSpan(offset + 0x40));
            if (nameBytes is >= 2 and <= 64)
            {
                names.Add(Encoding.Unicode.GetString(content, offset, nameBytes - 2));
            }

            pending.Push(BinaryPrimitives.ReadUInt32LittleEndian(content.AsSpan(offset + 0x44)));
            pending.Push(BinaryPrimitives.ReadUInt32LittleEndian(content.AsSpan(offset + 0x48)));
        }

        return names;
    }

    /// <summary>The FAT's sectors: 109 listed in the header, the rest in a chain of DIFAT sectors.</summary>
    private static List<uint> FatSectors(byte[] content, int sectorSize, int sectorCount)
    {
        // A FAT cannot have more sectors than the file.
        var fatCount = Math.Min(BinaryPrimitives.ReadUInt32LittleEndian(content.AsSpan(0x2C)), (uint)sectorCount);
        var sectors = new List<uint>();
        for (var i = 0; i < HeaderDifatEntries && sectors.Count < fatCount; i++)
        {
            sectors.Add(BinaryPrimitives.ReadUInt32LittleEndian(content.AsSpan(0x4C + (i * 4))));
        }

        var difat = BinaryPrimitives.ReadUInt32LittleEndian(content.AsSpan(0x44));
        for (var hops = 0; difat <= MaxRegularSector && difat < sectorCount && sectors.Count < fatCount && hops <= sectorCount; hops++)
        {
            var offset = (difat + 1L) * sectorSize;
            var perSector = (sectorSize / 4) - 1;
            for (var i = 0; i < perSector && sectors.Count < fatCount; i++)
            {
                sectors.Add(BinaryPrimitives.ReadUInt32LittleEndian(content.AsSpan((int)(offset + (i * 4)))));
            }

            difat = BinaryPrimitives.ReadUInt32LittleEndian(content.AsSpan((int)(offset + (perSector * 4))));
        }

        return sectors;
    }
}
