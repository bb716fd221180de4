using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Templating.Packaging;
using static LucBinh.Docs.Templating.Tests.TemplateTestKit;
using static LucBinh.Docs.TestSupport.WordFixture;

namespace LucBinh.Docs.Templating.Tests;

/// <summary>
/// A template package gets the same decompression limits as a workbook (issue 11): entry count, each part's declared
/// and actual unpacked size, their total and the compression ratio are checked before (or while) anything is
/// inflated, and no part may nest its XML deeper or hold more elements than the limits allow. Each hostile package
/// is refused within a couple of seconds, with its code, having allocated a bounded amount.
/// </summary>
[TestClass]
public sealed class TemplatePackageLimitTests
{
    private const long Megabyte = 1024 * 1024;

    /// <summary>1 GB of zeros, deflated once for the whole class (~1 MB).</summary>
    private static readonly Lazy<(byte[] Deflated, uint Crc)> GigabyteOfZeros = new(() => Zeros(1024 * Megabyte));

    [TestMethod]
    public void A_part_declaring_a_gigabyte_is_refused_before_it_is_inflated()
    {
        var (deflated, crc) = GigabyteOfZeros.Value;
        var package = Repack(Create(P("{{ a }}")), ("word/media/zeros.bin", deflated, crc, 1024 * Megabyte));

        var (error, elapsed, allocated) = LoadFails(package, TemplateLimits.Default);

        Assert.AreEqual("TPL031", error.Code);
        Assert.AreEqual("word/media/zeros.bin", error.Arguments[0]);
        Assert.IsLessThan(2_000, elapsed);
        Assert.IsLessThan(50 * Megabyte, allocated);
    }

    [TestMethod]
    [DataRow("[Content_Types].xml", "TPL028")]
    [DataRow("word/_rels/document.xml.rels", "TPL028")]
    [DataRow("word/document.xml", "TPL028")]
    public void A_part_lying_about_its_size_is_stopped_once_it_inflates_past_what_it_declared(string part, string code)
    {
        var (deflated, crc) = GigabyteOfZeros.Value;
        var package = Repack(Create(P("{{ a }}")), (part, deflated, crc, 2_000));

        var (error, elapsed, allocated) = LoadFails(package, TemplateLimits.Server);

        Assert.AreEqual(code, error.Code);
        Assert.IsLessThan(2_000, elapsed);
        Assert.IsLessThan(50 * Megabyte, allocated);
    }

    [TestMethod]
    public void A_lying_part_nothing_reads_is_copied_still_compressed()
    {
        var (deflated, crc) = GigabyteOfZeros.Value;
        var template = DocxTemplate.Load(Repack(Create(P("{{ a }}")), ("customXml/item9.xml", deflated, crc, 2_000)), "t.docx", TemplateLimits.Server);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var result = template.Render(Record(("a", "b")), new RenderOptions { Limits = TemplateLimits.Server });

        Assert.AreEqual("b", WordTextOf(result.Document));
        Assert.IsLessThan(50 * Megabyte, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore, "the entry was never inflated");
    }

    [TestMethod]
    public void Too_many_entries_are_refused()
    {
        var extra = Enumerable.Range(0, 10_001).Select(i => Honest($"customXml/e{i}.xml", "<a/>"u8.ToArray())).ToArray();
        var (error, elapsed, _) = LoadFails(Repack(Create(P("{{ a }}")), extra), TemplateLimits.Default);

        Assert.AreEqual("TPL030", error.Code);
        Assert.AreEqual(10_000, error.Arguments[1]);
        Assert.IsLessThan(2_000, elapsed);
    }

    [TestMethod]
    public void An_extreme_compression_ratio_is_refused()
    {
        var (deflated, crc) = Zeros(8 * Megabyte);
        var (error, _, _) = LoadFails(Repack(Create(P("{{ a }}")), ("word/media/zeros.bin", deflated, crc, 8 * Megabyte)), TemplateLimits.Server);

        Assert.AreEqual("TPL033", error.Code);
        Assert.AreEqual(250, error.Arguments[2]);
    }

    [TestMethod]
    public void The_parts_together_may_not_unpack_past_the_total()
    {
        var random = new Random(11);
        var extra = Enumerable.Range(0, 3).Select(i =>
        {
            var bytes = new byte[600_000];
            random.NextBytes(bytes);
            return Honest($"word/media/noise{i}.bin", bytes);
        }).ToArray();

        var (error, _, _) = LoadFails(Repack(Create(P("{{ a }}")), extra), TemplateLimits.Server with { MaxUnpackedBytes = Megabyte });

        Assert.AreEqual("TPL032", error.Code);
    }

    [TestMethod]
    public void A_part_nesting_100000_elements_is_refused_without_recursion()
    {
        var depth = 100_000;
        var body = string.Concat(Enumerable.Repeat("<w:customXml w:element=\"x\">", depth)) + P("{{ a }}") + string.Concat(Enumerable.Repeat("</w:customXml>", depth));
        var watch = CpuStopwatch.StartNew();

        var (error, elapsed, allocated) = LoadFails(Create(P("đầu") + body), TemplateLimits.Default);

        Assert.AreEqual("TPL034", error.Code);
        Assert.AreEqual("/word/document.xml", error.Arguments[0]);
        Assert.AreEqual(1_000, error.Arguments[1]);
        Assert.IsLessThan(2_000, elapsed);
        Assert.IsLessThan(200 * Megabyte, allocated);
    }

    [TestMethod]
    public void The_xml_reader_path_checks_depth_and_element_count_too()
    {
        var deep = "<r>" + string.Concat(Enumerable.Repeat("<a>", 100_000)) + string.Concat(Enumerable.Repeat("</a>", 100_000)) + "</r>";
        var wide = "<r>" + string.Concat(Enumerable.Repeat("<a/>", 2_000)) + "</r>";

        var tooDeep = Assert.ThrowsExactly<Diagnostics.TemplateLimitException>(() => PartReader.Load(EntryData.Deflate(Encoding.UTF8.GetBytes(deep)), "/word/numbering.xml", TemplateLimits.Server));
        var tooMany = Assert.ThrowsExactly<Diagnostics.TemplateLimitException>(() => PartReader.Load(EntryData.Deflate(Encoding.UTF8.GetBytes(wide)), "/word/numbering.xml", TemplateLimits.Server with { MaxXmlElements = 1_000 }));

        Assert.AreEqual("TPL034", tooDeep.Code);
        Assert.AreEqual("TPL035", tooMany.Code);
        Assert.AreEqual(3, PartReader.Load(EntryData.Deflate("<r><a/><a/></r>"u8), "/x.xml", TemplateLimits.Server with { MaxXmlElements = 3 }).Descendants().Count());
    }

    [TestMethod]
    public void A_part_with_too_many_elements_is_refused()
    {
        var body = P("{{ a }}") + string.Concat(Enumerable.Repeat("<w:bookmarkStart w:id=\"1\" w:name=\"b\"/><w:bookmarkEnd w:id=\"1\"/>", 1_000));

        var (error, _, _) = LoadFails(Create(body), TemplateLimits.Server with { MaxXmlElements = 1_000 });

        Assert.AreEqual("TPL035", error.Code);
    }

    [TestMethod]
    public void Entities_and_doctypes_are_refused_without_expansion()
    {
        var laughs = "<!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">" +
            "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">" +
            "<!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\"><!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\"><!ENTITY i \"&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;\">]>";
        var document = $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>{laughs}<w:document {Namespaces}><w:body><w:p><w:r><w:t>{{{{ a }}}} &i;</w:t></w:r></w:p></w:body></w:document>";
        var package = LucBinh.Docs.TestSupport.ZipParts.WithPart(Create(P("x")), "word/document.xml", document);

        var (error, elapsed, allocated) = LoadFails(package, TemplateLimits.Server);

        Assert.AreEqual("IO004", error.Code);
        Assert.IsLessThan(2_000, elapsed);
        Assert.IsLessThan(50 * Megabyte, allocated);
    }

    [TestMethod]
    public void Ordinary_templates_are_within_the_server_limits()
    {
        var template = DocxTemplate.Load(LucBinh.Docs.TestSupport.RepoPaths.ReportTemplate, TemplateLimits.Server);

        Assert.IsFalse(template.HasErrors, string.Join("\n", template.Diagnostics.Select(d => d.ToDisplayString())));
    }

    private static (Diagnostic Error, long ElapsedMilliseconds, long Allocated) LoadFails(byte[] package, TemplateLimits limits)
    {
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var watch = CpuStopwatch.StartNew();
        var exception = Assert.ThrowsExactly<LucBinhException>(() => DocxTemplate.Load(package, "t.docx", limits));
        return (exception.Diagnostics.Single(), watch.ElapsedMilliseconds, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
    }

    private static string WordTextOf(byte[] docx) => LucBinh.Docs.TestSupport.WordText.Body(docx);

    private static (byte[] Deflated, uint Crc) Zeros(long size)
    {
        var crc = new Crc32();
        var chunk = new byte[Megabyte];
        using var compressed = new MemoryStream();
        using (var deflate = new DeflateStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            for (var written = 0L; written < size; written += chunk.Length)
            {
                deflate.Write(chunk);
                crc.Append(chunk);
            }
        }

        return (compressed.ToArray(), crc.GetCurrentHashAsUInt32());
    }

    private static (string Name, byte[] Deflated, uint Crc, long DeclaredSize) Honest(string name, byte[] content)
    {
        using var compressed = new MemoryStream();
        using (var deflate = new DeflateStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(content);
        }

        return (name, compressed.ToArray(), Crc32.HashToUInt32(content), content.Length);
    }

    /// <summary>
    /// The package rewritten entry by entry, with <paramref name="replacements"/> replacing or adding entries whose
    /// deflated data and declared size are given as they are (so a test can declare what it likes).
    /// </summary>
    private static byte[] Repack(byte[] package, params (string Name, byte[] Deflated, uint Crc, long DeclaredSize)[] replacements)
    {
        var entries = new List<(string Name, byte[] Deflated, uint Crc, long DeclaredSize)>();
        using (var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        {
            foreach (var entry in zip.Entries)
            {
                if (replacements.Any(r => r.Name == entry.FullName))
                {
                    continue;
                }

                using var content = new MemoryStream();
                using (var stream = entry.Open())
                {
                    stream.CopyTo(content);
                }

                entries.Add(Honest(entry.FullName, content.ToArray()));
            }
        }

        entries.AddRange(replacements);
        using var output = new MemoryStream();
        var directory = new MemoryStream();
        foreach (var (name, deflated, crc, size) in entries)
        {
            var offset = (uint)output.Length;
            var nameBytes = Encoding.UTF8.GetBytes(name);
            output.Write(Header(0x04034b50, nameBytes, crc, deflated.Length, size, null));
            output.Write(deflated);
            directory.Write(Header(0x02014b50, nameBytes, crc, deflated.Length, size, offset));
        }

        var directoryOffset = (uint)output.Length;
        directory.Position = 0;
        directory.CopyTo(output);
        var end = new byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(8), (ushort)Math.Min(entries.Count, 0xFFFE));
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(10), (ushort)Math.Min(entries.Count, 0xFFFE));
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(12), (uint)directory.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(16), directoryOffset);
        output.Write(end);
        return output.ToArray();
    }

    /// <summary>A local file header (<paramref name="offset"/> null) or a central directory record of a deflated entry.</summary>
    private static byte[] Header(uint signature, byte[] name, uint crc, long compressedSize, long size, uint? offset)
    {
        var central = offset is not null;
        var header = new byte[(central ? 46 : 30) + name.Length];
        var span = header.AsSpan();
        BinaryPrimitives.WriteUInt32LittleEndian(span, signature);
        var at = central ? 6 : 4; // the central record has "version made by" first
        BinaryPrimitives.WriteUInt16LittleEndian(span[at..], 20);
        BinaryPrimitives.WriteUInt16LittleEndian(span[(at + 2)..], 0x800);
        BinaryPrimitives.WriteUInt16LittleEndian(span[(at + 4)..], 8);
        BinaryPrimitives.WriteUInt32LittleEndian(span[(at + 10)..], crc);
        BinaryPrimitives.WriteUInt32LittleEndian(span[(at + 14)..], (uint)compressedSize);
        BinaryPrimitives.WriteUInt32LittleEndian(span[(at + 18)..], (uint)size);
        BinaryPrimitives.WriteUInt16LittleEndian(span[(at + 22)..], (ushort)name.Length);
        if (central)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(span[42..], offset!.Value);
        }

        name.CopyTo(span[(central ? 46 : 30)..]);
        return header;
    }
}
