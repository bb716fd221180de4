using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace LucBinh.Docs.Templating.Packaging;

/// <summary>
/// A .docx read as a zip, without the Open XML SDK's package model (which cost a third of <c>Load</c>): the entries in
/// their original order, each with its data still compressed, so rendering inflates only the parts it rewrites and
/// copies the others byte for byte.
/// </summary>
internal sealed class TemplatePackage
{
    private const uint EndOfCentralDirectory = 0x06054b50;
    private const uint CentralDirectoryEntry = 0x02014b50;
    private const uint LocalFileHeader = 0x04034b50;

    private readonly Dictionary<string, PackageEntry> _byName;

    private TemplatePackage(List<PackageEntry> entries)
    {
        Entries = entries;
        _byName = new Dictionary<string, PackageEntry>(entries.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            _byName.TryAdd(entry.Name, entry);
        }
    }

    /// <summary>The entries in the package's order (the output keeps it).</summary>
    public IReadOnlyList<PackageEntry> Entries { get; }

    /// <summary>
    /// Reads the zip directory; entries are inflated only when asked for. The package's limits are checked on the
    /// directory, before anything is inflated: entry count, each entry's declared unpacked size, their total and
    /// each entry's compression ratio. Inflating an entry later fails as soon as it yields more than it declared
    /// (<see cref="EntryData.Open"/>), so the declared sizes bound the actual work.
    /// </summary>
    /// <exception cref="InvalidDataException">Not a zip file.</exception>
    /// <exception cref="Diagnostics.TemplateLimitException">A limit of the package is passed (TPL028–TPL033).</exception>
    public static TemplatePackage Read(byte[] bytes, TemplateLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        limits ??= TemplateLimits.Default;
        var package = TryReadDirectory(bytes, limits) ?? Normalize(bytes, limits);
        CheckLimits(package.Entries, limits);
        return package;
    }

    /// <summary>
    /// This package with some entries' data replaced and others added at the end (the parts included blocks bring),
    /// held to the same limits as a package read from bytes.
    /// </summary>
    /// <exception cref="Diagnostics.TemplateLimitException">The result passes a limit of the package (TPL030–TPL033).</exception>
    public TemplatePackage With(IReadOnlyDictionary<string, EntryData> replaced, IEnumerable<PackageEntry> added, TemplateLimits limits)
    {
        var entries = new List<PackageEntry>(Entries.Count);
        foreach (var entry in Entries)
        {
            entries.Add(replaced.TryGetValue(entry.Name, out var data) ? entry with { Data = data } : entry);
        }

        entries.AddRange(added);
        CheckLimits(entries, limits);
        return new TemplatePackage(entries);
    }

    /// <summary>Entries whose ratio is checked: below this, a high ratio costs nothing (a page of spaces).</summary>
    private const long RatioCheckedFrom = 1024 * 1024;

    private static void CheckLimits(IReadOnlyList<PackageEntry> entries, TemplateLimits limits)
    {
        if (entries.Count > limits.MaxEntries)
        {
            throw new Diagnostics.TemplateLimitException("TPL030", null, entries.Count, limits.MaxEntries);
        }

        var total = 0L;
        foreach (var entry in entries)
        {
            CheckEntry(entry.Name, entry.Data.Size, entry.Data.Method == EntryData.Deflated ? entry.Data.Data.Length : entry.Data.Size, limits);
            total += entry.Data.Size;
            if (total > limits.MaxUnpackedBytes)
            {
                throw new Diagnostics.TemplateLimitException("TPL032", null, Rendering.RenderBudget.Megabytes(limits.MaxUnpackedBytes));
            }
        }
    }

    private static void CheckEntry(string name, long size, long compressedSize, TemplateLimits limits)
    {
        if (size > limits.MaxPartBytes)
        {
            throw new Diagnostics.TemplateLimitException("TPL031", null, name, Rendering.RenderBudget.Megabytes(size), Rendering.RenderBudget.Megabytes(limits.MaxPartBytes));
        }

        if (size > RatioCheckedFrom && size > limits.MaxCompressionRatio * Math.Max(1, compressedSize))
        {
            throw new Diagnostics.TemplateLimitException("TPL033", null, name, size / Math.Max(1, compressedSize), limits.MaxCompressionRatio);
        }
    }

    /// <summary>The entry of a part, by part name (<c>/word/document.xml</c>) or entry name, ignoring case as OPC does.</summary>
    public PackageEntry? Find(string name) =>
        _byName.TryGetValue(name.TrimStart('/'), out var entry) ? entry : null;

    /// <summary>The whole content of an entry as text (small parts only: relationships, content types).</summary>
    public string? ReadText(string name)
    {
        if (Find(name) is not { } entry)
        {
            return null;
        }

        using var reader = new StreamReader(entry.Data.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// The common case, a zip as Word or any zip library writes it: parse its central directory directly (no zip64,
    /// no encryption, stored or deflated entries). Null for anything else.
    /// </summary>
    private static TemplatePackage? TryReadDirectory(byte[] bytes, TemplateLimits limits)
    {
        ReadOnlySpan<byte> b = bytes;
        var eocd = -1;
        for (var i = b.Length - 22; i >= Math.Max(0, b.Length - 22 - 0xFFFF); i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(b[i..]) == EndOfCentralDirectory)
            {
                eocd = i;
                break;
            }
        }

        if (eocd < 0)
        {
            return null;
        }

        int count = BinaryPrimitives.ReadUInt16LittleEndian(b[(eocd + 10)..]);
        var directorySize = BinaryPrimitives.ReadUInt32LittleEndian(b[(eocd + 12)..]);
        var directoryOffset = BinaryPrimitives.ReadUInt32LittleEndian(b[(eocd + 16)..]);
        if (count == 0xFFFF || directoryOffset == 0xFFFFFFFF || directoryOffset + (long)directorySize > eocd)
        {
            return null; // zip64 or an archive with a prefix: let ZipArchive read it
        }

        if (count > limits.MaxEntries)
        {
            throw new Diagnostics.TemplateLimitException("TPL030", null, count, limits.MaxEntries);
        }

        var entries = new List<PackageEntry>(count);
        var position = (int)directoryOffset;
        for (var n = 0; n < count; n++)
        {
            if (position + 46 > eocd || BinaryPrimitives.ReadUInt32LittleEndian(b[position..]) != CentralDirectoryEntry)
            {
                return null;
            }

            var flags = BinaryPrimitives.ReadUInt16LittleEndian(b[(position + 8)..]);
            var method = BinaryPrimitives.ReadUInt16LittleEndian(b[(position + 10)..]);
            var crc = BinaryPrimitives.ReadUInt32LittleEndian(b[(position + 16)..]);
            var compressedSize = BinaryPrimitives.ReadUInt32LittleEndian(b[(position + 20)..]);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(b[(position + 24)..]);
            int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(b[(position + 28)..]);
            int extraLength = BinaryPrimitives.ReadUInt16LittleEndian(b[(position + 30)..]);
            int commentLength = BinaryPrimitives.ReadUInt16LittleEndian(b[(position + 32)..]);
            var localOffset = BinaryPrimitives.ReadUInt32LittleEndian(b[(position + 42)..]);
            if ((flags & 1) != 0 || method is not (EntryData.Stored or EntryData.Deflated)
                || compressedSize == 0xFFFFFFFF || size == 0xFFFFFFFF || localOffset == 0xFFFFFFFF
                || position + 46 + nameLength > eocd)
            {
                return null;
            }

            var nameBytes = b.Slice(position + 46, nameLength);
            if ((flags & 0x800) == 0 && nameBytes.ContainsAnyExceptInRange((byte)0x20, (byte)0x7E))
            {
                return null; // a code-page name: ZipArchive knows how to decode it
            }

            var name = Encoding.UTF8.GetString(nameBytes);
            if (localOffset + 30L > b.Length || BinaryPrimitives.ReadUInt32LittleEndian(b[(int)localOffset..]) != LocalFileHeader)
            {
                return null;
            }

            var dataStart = (int)localOffset + 30 + BinaryPrimitives.ReadUInt16LittleEndian(b[((int)localOffset + 26)..])
                + BinaryPrimitives.ReadUInt16LittleEndian(b[((int)localOffset + 28)..]);
            if (dataStart + (long)compressedSize > b.Length)
            {
                return null;
            }

            entries.Add(new PackageEntry(name, new EntryData(method, crc, size, bytes.AsMemory(dataStart, (int)compressedSize))));

            position += 46 + nameLength + extraLength + commentLength;
        }

        return new TemplatePackage(entries);
    }

    /// <summary>
    /// Any other zip ZipArchive accepts: inflate every entry once and keep it deflated our way. The limits are checked
    /// on the declared sizes first and on the bytes actually inflated while copying.
    /// </summary>
    private static TemplatePackage Normalize(byte[] bytes, TemplateLimits limits)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        if (zip.Entries.Count > limits.MaxEntries)
        {
            throw new Diagnostics.TemplateLimitException("TPL030", null, zip.Entries.Count, limits.MaxEntries);
        }

        var entries = new List<PackageEntry>(zip.Entries.Count);
        var total = 0L;
        var buffer = new byte[81920];
        foreach (var entry in zip.Entries)
        {
            CheckEntry(entry.FullName, entry.Length, entry.CompressedLength, limits);
            using var stream = entry.Open();
            using var content = new MemoryStream();
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                content.Write(buffer, 0, read);
                total += read;
                CheckEntry(entry.FullName, content.Length, entry.CompressedLength, limits);
                if (total > limits.MaxUnpackedBytes)
                {
                    throw new Diagnostics.TemplateLimitException("TPL032", null, Rendering.RenderBudget.Megabytes(limits.MaxUnpackedBytes));
                }
            }

            entries.Add(new PackageEntry(entry.FullName, EntryData.Deflate(content.GetBuffer().AsSpan(0, (int)content.Length))));
        }

        return new TemplatePackage(entries);
    }
}
