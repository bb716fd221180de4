using System.Globalization;
using System.IO.Compression;
using System.Text;
using LucBinh.Docs.Tracker.Formats;

namespace LucBinh.Docs.Tracker.Reading;

/// <summary>
/// Looks at a file's bytes before any parser does: says clearly what the file is when it is not an .xlsx workbook, and
/// refuses hostile packages (zip bombs, XML with a DTD) within bounded time and memory.
/// </summary>
/// <remarks>
/// Limits (<see cref="TrackerLimits"/>; a real tracker of 50,000 rows is about 3 MB zipped and 40 MB unpacked):
/// <list type="bullet">
/// <item>at most <see cref="TrackerLimits.MaxPackageParts"/> parts in the package;</item>
/// <item>each part unpacks to at most <see cref="TrackerLimits.MaxPartBytes"/>, the shared-string table to at most
/// <see cref="TrackerLimits.MaxSharedStringsBytes"/> (it is held in memory);</item>
/// <item>all parts together unpack to at most <see cref="TrackerLimits.MaxUnpackedBytes"/>.</item>
/// </list>
/// The declared sizes in the zip directory are checked first (cheap); then every part is really unpacked through a
/// counting stream that stops at the limit, because a hostile zip can declare small sizes and unpack to gigabytes.
/// XML parts that declare a DTD are refused (no entity expansion, no external entities); the Open XML SDK also
/// prohibits DTDs and its MaxCharactersInPart is set to the same per-part limit.
/// </remarks>
internal static class PackageGuard
{
    /// <summary>
    /// How deep elements may nest in an XML part the Open XML SDK reads into objects (workbook, styles, tables…): its
    /// reader recurses per level, and 20,000 nested elements overflow the stack, which .NET cannot catch. Office parts
    /// nest a few dozen levels at most.
    /// </summary>
    public const int MaxStructureDepth = 256;

    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] EmptyZipMagic = [0x50, 0x4B, 0x05, 0x06];
    private static readonly byte[] CfbMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>
    /// Throws a <see cref="Diagnostics.LucBinhException"/> unless the bytes are a safe-looking workbook: an OOXML package,
    /// a legacy .xls, or an .xlsb/.ods package (whose zip is measured here, before LibreOffice ever sees it).
    /// </summary>
    /// <returns>The workbook's format, judged by content.</returns>
    public static WorkbookFormat Check(byte[] content, string displayName, TrackerLimits limits, CancellationToken cancellationToken)
    {
        if (content.AsSpan().StartsWith(CfbMagic))
        {
            var rootNames = CompoundFileDirectory.RootNames(content);
            return IsLegacyWorkbook(content, rootNames) ? WorkbookFormat.Xls : throw CompoundFile(content, rootNames, displayName);
        }

        if (IsRawBiffStream(content))
        {
            // Excel 2.x–4.0 (and some exporters) write the BIFF records without the OLE container: ExcelDataReader reads them.
            return WorkbookFormat.Xls;
        }

        if (!content.AsSpan().StartsWith(ZipMagic) && !content.AsSpan().StartsWith(EmptyZipMagic))
        {
            throw NotAZip(content, displayName);
        }

        ZipArchive archive;
        System.Collections.ObjectModel.ReadOnlyCollection<ZipArchiveEntry> entries;
        try
        {
            archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException e)
        {
            throw TrackerDiagnostics.Fatal("TRK002", displayName, e, TrackerDiagnostics.Text("Reason.NotZip"));
        }

        using (archive)
        {
            try
            {
                // The central directory is read on first use: a directory that disagrees with its end record throws here.
                entries = archive.Entries;
            }
            catch (InvalidDataException e)
            {
                throw TrackerDiagnostics.Fatal("TRK002", displayName, e, TrackerDiagnostics.Text("Reason.NotZip"));
            }

            if (entries.Count > limits.MaxPackageParts)
            {
                throw Limit(displayName, "[zip]", TrackerDiagnostics.Text("Limit.EntryCount", entries.Count), limits.MaxPackageParts.ToString("N0", CultureInfo.InvariantCulture));
            }

            var format = CheckKind(entries, displayName);
            var total = 0L;
            foreach (var entry in entries)
            {
                var limit = EntryLimit(entry.FullName, limits);
                if (entry.Length > limit)
                {
                    throw Limit(displayName, entry.FullName, TrackerDiagnostics.Text("Limit.EntrySize", Size(entry.Length)), Size(limit));
                }

                total += entry.Length;
                if (total > limits.MaxUnpackedBytes)
                {
                    throw Limit(displayName, entry.FullName, TrackerDiagnostics.Text("Limit.Total", Size(total)), Size(limits.MaxUnpackedBytes));
                }
            }

            total = 0;
            var cells = new CellElementCounter(limits.MaxCells * CellElementsPerCell);
            foreach (var entry in entries)
            {
                var counter = format == WorkbookFormat.Xlsx && IsWorksheet(entry.FullName) ? cells : null;
                total += Unpack(entry, EntryLimit(entry.FullName, limits), limits.MaxUnpackedBytes, total, displayName, counter, cancellationToken);
                if (counter is { Passed: true })
                {
                    // Refused while unpacking, before a single cell object exists: a flood of tiny cells costs a scan.
                    throw TrackerDiagnostics.LimitPassed("TRK025", displayName, entry.FullName, null, "Limit.Cells", limits.MaxCells);
                }
            }

            foreach (var entry in entries)
            {
                if (IsStructurePart(entry.FullName))
                {
                    CheckDepth(entry, EntryLimit(entry.FullName, limits), displayName, cancellationToken);
                }
            }

            return format;
        }
    }

    private static long EntryLimit(string name, TrackerLimits limits)
    {
        if (name.EndsWith("sharedStrings.xml", StringComparison.OrdinalIgnoreCase))
        {
            return limits.MaxSharedStringsBytes;
        }

        return IsStructurePart(name) ? Math.Min(limits.MaxStructurePartBytes, limits.MaxPartBytes) : limits.MaxPartBytes;
    }

    /// <summary>
    /// An XML part other than a worksheet or the shared strings (both streamed): the workbook, styles, tables and
    /// relationships are read whole into objects.
    /// </summary>
    private static bool IsStructurePart(string name)
    {
        if (!IsXml(name) || name.EndsWith("sharedStrings.xml", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var isWorksheet = name.Contains("worksheets/", StringComparison.OrdinalIgnoreCase) && !name.Contains("_rels", StringComparison.OrdinalIgnoreCase);
        return !isWorksheet;
    }

    /// <summary>Reads a structure part with an iterative reader to refuse nesting the SDK's recursive reader cannot take.</summary>
    private static void CheckDepth(ZipArchiveEntry entry, long limit, string displayName, CancellationToken cancellationToken)
    {
        var settings = new System.Xml.XmlReaderSettings
        {
            DtdProcessing = System.Xml.DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = limit,
            IgnoreComments = true,
            IgnoreWhitespace = true,
        };
        try
        {
            using var stream = entry.Open();
            using var reader = System.Xml.XmlReader.Create(stream, settings);
            long nodes = 0;
            while (reader.Read())
            {
                if (reader.Depth > MaxStructureDepth)
                {
                    throw TrackerDiagnostics.Fatal(
                        "TRK008", displayName, null, entry.FullName, TrackerDiagnostics.Text("Reason.Depth", MaxStructureDepth));
                }

                if ((++nodes & 0x3FFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
        }
        catch (System.Xml.XmlException)
        {
            // Broken XML is reported by the reader that needs the part (TRK008); a part nobody reads may stay broken.
        }
    }

    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".vml", StringComparison.OrdinalIgnoreCase);

    /// <summary>Unpacks one part into nothing, counting bytes, and looks for a DTD at the start of XML parts.</summary>
    /// <summary>
    /// Cell elements (<c>&lt;c …&gt;</c>) a worksheet may hold per cell of <see cref="TrackerLimits.MaxCells"/>: empty styled
    /// cells are elements too but not cells of the model, so the early refusal leaves them room.
    /// </summary>
    private const long CellElementsPerCell = 2;

    private static bool IsWorksheet(string name) =>
        name.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase) && IsXml(name);

    private static long Unpack(
        ZipArchiveEntry entry, long limit, long maxTotal, long totalBefore, string displayName, CellElementCounter? cells, CancellationToken cancellationToken)
    {
        if (entry.FullName.EndsWith('/'))
        {
            return 0;
        }

        var isXml = IsXml(entry.FullName);
        var buffer = new byte[81920];
        long count = 0;
        try
        {
            using var stream = entry.Open();
            int read;
            var head = isXml ? new StringBuilder() : null;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (head is not null && head.Length < 4096)
                {
                    // The prolog (where a DTD must be) comes before the root element, in the first bytes.
                    head.Append(Encoding.UTF8.GetString(buffer, 0, Math.Min(read, 4096)));
                    if (HasDoctype(head.ToString()))
                    {
                        throw TrackerDiagnostics.Fatal("TRK008", displayName, null, entry.FullName, TrackerDiagnostics.Text("Reason.Dtd"));
                    }
                }

                count += read;
                if (cells is not null && cells.Add(buffer.AsSpan(0, read)))
                {
                    return count;
                }

                if (count > limit)
                {
                    throw Limit(displayName, entry.FullName, TrackerDiagnostics.Text("Limit.EntrySize", "> " + Size(limit)), Size(limit));
                }

                if (totalBefore + count > maxTotal)
                {
                    throw Limit(displayName, entry.FullName, TrackerDiagnostics.Text("Limit.Total", "> " + Size(maxTotal)), Size(maxTotal));
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException)
        {
            // A bad checksum, or a compression method (or zip encryption) .NET cannot unpack.
            throw TrackerDiagnostics.Fatal("TRK002", displayName, e, TrackerDiagnostics.Text("Reason.Checksum"));
        }

        if (count != entry.Length)
        {
            throw TrackerDiagnostics.Fatal("TRK002", displayName, null, TrackerDiagnostics.Text("Reason.SizeMismatch"));
        }

        return count;
    }

    private static bool HasDoctype(string head)
    {
        // Also catches UTF-16 parts, whose ASCII letters read as letters separated by NULs.
        var text = head.Replace("\0", string.Empty, StringComparison.Ordinal);
        return text.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase) || text.Contains("<!ENTITY", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A workbook package (.xlsx, .xlsb, .ods), or a refusal saying what other file the zip is.</summary>
    private static WorkbookFormat CheckKind(IReadOnlyCollection<ZipArchiveEntry> entries, string displayName)
    {
        bool Has(string name) => entries.Any(e => string.Equals(e.FullName, name, StringComparison.OrdinalIgnoreCase));
        if (Has("xl/workbook.xml") || DeclaresWorkbook(entries))
        {
            return WorkbookFormat.Xlsx;
        }

        if (Has("word/document.xml") || entries.Any(e => e.FullName.StartsWith("word/", StringComparison.OrdinalIgnoreCase)))
        {
            throw TrackerDiagnostics.Fatal("TRK005", displayName, null);
        }

        if (Has("xl/workbook.bin"))
        {
            return WorkbookFormat.Xlsb;
        }

        if (entries.Any(e => e.FullName.StartsWith("ppt/", StringComparison.OrdinalIgnoreCase)))
        {
            throw TrackerDiagnostics.Fatal("TRK006", displayName, null, TrackerDiagnostics.Text("Kind.Pptx"), TrackerDiagnostics.Text("App.Excel"));
        }

        if (Has("mimetype") && Has("content.xml"))
        {
            return IsOpenDocumentSpreadsheet(entries)
                ? WorkbookFormat.Ods
                : throw TrackerDiagnostics.Fatal("TRK006", displayName, null, TrackerDiagnostics.Text("Kind.OpenDocument"), TrackerDiagnostics.Text("App.LibreOffice"));
        }

        if (Has("Index/Document.iwa") || entries.Any(e => e.FullName.StartsWith("Index/", StringComparison.Ordinal)))
        {
            throw TrackerDiagnostics.Fatal("TRK006", displayName, null, TrackerDiagnostics.Text("Kind.Numbers"), TrackerDiagnostics.Text("App.Numbers"));
        }

        throw TrackerDiagnostics.Fatal("TRK001", displayName, null, TrackerDiagnostics.Text("Hint.LooksLike", TrackerDiagnostics.Text("Kind.Zip")));
    }

    /// <summary>A package whose [Content_Types].xml declares a workbook part, wherever the part is.</summary>
    private static bool DeclaresWorkbook(IReadOnlyCollection<ZipArchiveEntry> entries)
    {
        var types = entries.FirstOrDefault(e => e.FullName == "[Content_Types].xml");
        if (types is null || types.Length > 1024 * 1024)
        {
            return false;
        }

        try
        {
            using var reader = new StreamReader(types.Open(), Encoding.UTF8);
            var text = reader.ReadToEnd();
            return text.Contains("spreadsheetml.sheet.main+xml", StringComparison.Ordinal)
                || text.Contains("spreadsheetml.template.main+xml", StringComparison.Ordinal)
                || text.Contains("ms-excel.sheet.macroEnabled.main+xml", StringComparison.Ordinal)
                || text.Contains("ms-excel.template.macroEnabled.main+xml", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>
    /// An OLE compound file: an encrypted OOXML workbook (it holds the streams EncryptionInfo and EncryptedPackage),
    /// a legacy .xls (Workbook/Book stream) or a legacy Word .doc (WordDocument stream).
    /// </summary>
    private static Diagnostics.LucBinhException CompoundFile(byte[] content, IReadOnlyList<string>? rootNames, string displayName)
    {
        if (IsEncrypted(content, rootNames))
        {
            return TrackerDiagnostics.Fatal("TRK004", displayName, null);
        }

        if (rootNames is null ? ContainsUtf16(content, "WordDocument") : HasRoot(rootNames, "WordDocument"))
        {
            return TrackerDiagnostics.Fatal("TRK005", displayName, null);
        }

        return TrackerDiagnostics.Fatal("TRK003", displayName, null);
    }

    /// <summary>
    /// A compound file holding a BIFF workbook stream at its root ("Workbook", or "Book" in Excel 5/95 files, in any case),
    /// not encrypted. A Word document embedded in a workbook is a stream of a storage under the root: it does not make
    /// the workbook a Word document. When the directory cannot be followed, the names are looked for anywhere in the file.
    /// </summary>
    private static bool IsLegacyWorkbook(byte[] content, IReadOnlyList<string>? rootNames) =>
        rootNames is null
            ? !IsEncrypted(content, null) && !ContainsUtf16(content, "WordDocument") && (ContainsUtf16(content, "Workbook") || ContainsUtf16(content, "Book"))
            : !IsEncrypted(content, rootNames) && (HasRoot(rootNames, "Workbook") || HasRoot(rootNames, "Book"));

    private static bool IsEncrypted(byte[] content, IReadOnlyList<string>? rootNames) =>
        rootNames is null
            ? ContainsUtf16(content, "EncryptionInfo") || ContainsUtf16(content, "EncryptedPackage")
            : HasRoot(rootNames, "EncryptionInfo") || HasRoot(rootNames, "EncryptedPackage");

    private static bool HasRoot(IReadOnlyList<string> rootNames, string name) =>
        rootNames.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A BIFF stream without its OLE container: it starts with a BOF record (0x0009, 0x0209, 0x0409 or 0x0809) of 4 to
    /// 20 bytes whose sheet type is a worksheet or a workbook's globals.
    /// </summary>
    private static bool IsRawBiffStream(byte[] content) =>
        content.Length >= 8 && content[0] == 0x09 && content[1] is 0x00 or 0x02 or 0x04 or 0x08
        && (content[2] | (content[3] << 8)) is >= 4 and <= 20
        && (content[6] | (content[7] << 8)) is 0x0005 or 0x0010;

    /// <summary>An OpenDocument package whose <c>mimetype</c> entry says spreadsheet (not a text document or a drawing).</summary>
    private static bool IsOpenDocumentSpreadsheet(IReadOnlyCollection<ZipArchiveEntry> entries)
    {
        var mimetype = entries.First(e => string.Equals(e.FullName, "mimetype", StringComparison.OrdinalIgnoreCase));
        if (mimetype.Length > 256)
        {
            return false;
        }

        try
        {
            using var reader = new StreamReader(mimetype.Open(), Encoding.ASCII);
            return reader.ReadToEnd().Trim().StartsWith("application/vnd.oasis.opendocument.spreadsheet", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException)
        {
            return false;
        }
    }

    private static bool ContainsUtf16(byte[] content, string name) =>
        content.AsSpan().IndexOf(Encoding.Unicode.GetBytes(name)) >= 0;

    private static Diagnostics.LucBinhException NotAZip(byte[] content, string displayName)
    {
        var head = Encoding.UTF8.GetString(content, 0, Math.Min(content.Length, 2048)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (head.StartsWith("%PDF", StringComparison.Ordinal))
        {
            return TrackerDiagnostics.Fatal("TRK001", displayName, null, TrackerDiagnostics.Text("Hint.LooksLike", TrackerDiagnostics.Text("Kind.Pdf")));
        }

        if (head.Contains("urn:schemas-microsoft-com:office:spreadsheet", StringComparison.OrdinalIgnoreCase))
        {
            return TrackerDiagnostics.Fatal("TRK006", displayName, null, TrackerDiagnostics.Text("Kind.Xml2003"), TrackerDiagnostics.Text("App.Excel"));
        }

        if (head.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<table", StringComparison.OrdinalIgnoreCase))
        {
            return TrackerDiagnostics.Fatal("TRK006", displayName, null, TrackerDiagnostics.Text("Kind.Html"), TrackerDiagnostics.Text("App.Excel"));
        }

        if (content.Length > 0 && Array.IndexOf(content, (byte)0, 0, Math.Min(content.Length, 4096)) < 0 && LooksLikeText(content))
        {
            var kind = head.Contains(',', StringComparison.Ordinal) || head.Contains(';', StringComparison.Ordinal) || head.Contains('\t', StringComparison.Ordinal)
                ? "Kind.Csv"
                : "Kind.Text";
            return TrackerDiagnostics.Fatal("TRK006", displayName, null, TrackerDiagnostics.Text(kind), TrackerDiagnostics.Text("App.ExcelOrLibreOffice"));
        }

        return TrackerDiagnostics.Fatal("TRK001", displayName, null, string.Empty);
    }

    private static bool LooksLikeText(byte[] content)
    {
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content, 0, Math.Min(content.Length, 4096) - TrailingPartial(content));
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>How many bytes at the end of the first 4 KiB belong to a UTF-8 sequence cut by the window.</summary>
    private static int TrailingPartial(byte[] content)
    {
        var end = Math.Min(content.Length, 4096);
        for (var back = 1; back <= 3 && end - back >= 0; back++)
        {
            var b = content[end - back];
            if ((b & 0xC0) == 0xC0)
            {
                return back;
            }

            if ((b & 0x80) == 0)
            {
                return 0;
            }
        }

        return 0;
    }

    private static Diagnostics.LucBinhException Limit(string displayName, string part, object what, string limit) =>
        TrackerDiagnostics.Fatal("TRK007", displayName, null, part, what, limit);

    private static string Size(long bytes) =>
        bytes >= 1024 * 1024
            ? (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB"
            : (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB";
}

/// <summary>
/// Counts cell start tags (<c>&lt;c </c>, <c>&lt;c&gt;</c>, <c>&lt;c/&gt;</c>) in a worksheet's bytes as they are unpacked,
/// across buffer boundaries, and says when the count passes its limit. A byte scan: no XML is parsed.
/// </summary>
internal sealed class CellElementCounter(long limit)
{
    private byte _previous;
    private byte _beforePrevious;

    public long Count { get; private set; }

    public bool Passed => Count > limit;

    /// <returns>True once the count has passed the limit.</returns>
    public bool Add(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (_beforePrevious == (byte)'<' && _previous == (byte)'c' && b is (byte)' ' or (byte)'>' or (byte)'/' or (byte)'\t' or (byte)'\n' or (byte)'\r')
            {
                Count++;
            }

            _beforePrevious = _previous;
            _previous = b;
        }

        return Passed;
    }
}
