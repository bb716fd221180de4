using System.Text;

namespace LucBinh.Docs.TestSupport.Hostile;

/// <summary>Word templates built to exhaust the template engine (issue 11): each a few KB, asking for gigabytes or billions of steps.</summary>
public static class HostileTemplates
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Attacks range materialisation: <c>{% for i in (1..N) %}{% endfor %}</c> (Fluid built the range before counting steps).</summary>
    public static byte[] HugeRange(long last = 100_000_000) => Document(Invariant($"{{% for i in (1..{last}) %}}{{% endfor %}}"));

    /// <summary>Attacks range checks made only on literals: the bound comes from a variable.</summary>
    public static byte[] HugeRangeFromVariable(long last = 100_000_000) =>
        Document(Invariant($"{{% assign n = {last} %}}{{% for i in (1..n) %}}{{% endfor %}}"));

    /// <summary>Attacks string growth: a string doubled with <c>append</c> <paramref name="doublings"/> times (2^40 characters).</summary>
    public static byte[] AppendDoubling(int doublings = 40)
    {
        var text = new StringBuilder("{% assign s = \"ab\" %}");
        for (var i = 0; i < doublings; i++)
        {
            text.Append("{% assign s = s | append: s %}");
        }

        return Document(text.Append("{{ s.size }}").ToString());
    }

    /// <summary>Attacks string growth through <c>capture</c> instead of a filter: the captured text doubles each time.</summary>
    public static byte[] CaptureDoubling(int doublings = 40)
    {
        var text = new StringBuilder("{% assign s = \"ab\" %}");
        for (var i = 0; i < doublings; i++)
        {
            text.Append("{% capture s %}{{ s }}{{ s }}{% endcapture %}");
        }

        return Document(text.Append("{{ s.size }}").ToString());
    }

    /// <summary>Attacks the step limit: three nested loops of <paramref name="size"/> (a billion iterations of nothing).</summary>
    public static byte[] NestedLoops(int size = 1000) =>
        Document(Invariant($"{{% for i in (1..{size}) %}}{{% for j in (1..{size}) %}}{{% for k in (1..{size}) %}}{{% endfor %}}{{% endfor %}}{{% endfor %}}"));

    /// <summary>Attacks the output budget: loops within the step limit writing ~<paramref name="megabytes"/> MB of text into one paragraph.</summary>
    public static byte[] HugeOutput(int megabytes = 1024)
    {
        var chunk = new string('x', 1000);
        return Document(Invariant($"{{% for i in (1..{megabytes}) %}}{{% for j in (1..1000) %}}{chunk}{{{{ i }}}}{{% endfor %}}{{% endfor %}}"));
    }

    /// <summary>Attacks the output budget with paragraphs: a block loop repeating a paragraph <paramref name="count"/> times.</summary>
    public static byte[] HugeParagraphLoop(int count = 5_000_000) =>
        Document(Invariant($"{{% for i in (1..{count}) %}}"), "Đoạn {{ i }} " + new string('y', 200), "{% endfor %}");

    /// <summary>Attacks padding filters: <c>pad</c> asked for a width of <paramref name="width"/> characters.</summary>
    public static byte[] HugePad(int width = 1_000_000_000) => Document(Invariant($"{{{{ 1 | pad: {width} }}}}"));

    /// <summary>Attacks template decompression: a normal template plus an unreferenced part of <paramref name="bytes"/> zeros.</summary>
    public static byte[] ZipBombPart(long bytes = 1L << 30) =>
        Build(["Báo cáo {{ thong_tin_chung.ten_co_quan }}"], extra: p => p.Filler("word/media/image1.bin", bytes));

    /// <summary>Attacks template parsing: the document part itself padded with <paramref name="bytes"/> of whitespace.</summary>
    public static byte[] ZipBombDocument(long bytes = 1L << 30)
    {
        using var package = Skeleton();
        package.Part("word/document.xml", w =>
        {
            w.Write(Invariant($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body>"""));
            w.Flush();
            HostilePackage.WriteFiller(((StreamWriter)w).BaseStream, bytes, (byte)' ');
            w.Write(Paragraph("Báo cáo"));
            w.Write("</w:body></w:document>");
        });
        return package.ToArray();
    }

    /// <summary>
    /// Attacks "data is never markup": prints the injection workbook's cells through <c>raw</c>, <c>url_decode</c>,
    /// <c>base64_decode</c> and plainly (see <see cref="HostileWorkbooks.MarkupInjection"/>).
    /// </summary>
    public static byte[] MarkupInjection() => Document(
        "Thô: {{ ghi_chu.first.tho }}",
        "Raw: {{ ghi_chu.first.tho | raw }}",
        "Url: {{ ghi_chu.first.url | url_decode }}",
        "Url raw: {{ ghi_chu.first.url | url_decode | raw }}",
        "B64: {{ ghi_chu.first.b64 | base64_decode }}",
        "B64 raw: {{ ghi_chu.first.b64 | base64_decode | raw }}",
        "Tên: {{ ghi_chu.first.ten }}");

    /// <summary>A picture whose alt text takes the BMP data URI of <see cref="HostileWorkbooks.BmpDataUri"/>.</summary>
    public static byte[] ImageFromData() =>
        WordFixture.CreateWithPicture(WordFixture.P("Ảnh:") + "<w:p>PICTURE</w:p>", TestImages.Png(4, 4), "{{ anh.first.logo }}");

    /// <summary>A document of one paragraph per line of text, each a single run.</summary>
    public static byte[] Document(params string[] paragraphs) => Build(paragraphs);

    private static byte[] Build(IEnumerable<string> paragraphs, Action<HostilePackage>? extra = null)
    {
        using var package = Skeleton();
        package.Part("word/document.xml", w =>
        {
            w.Write(Invariant($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body>"""));
            foreach (var text in paragraphs)
            {
                w.Write(Paragraph(text));
            }

            w.Write("""<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>""");
        });
        extra?.Invoke(package);
        return package.ToArray();
    }

    private static HostilePackage Skeleton()
    {
        var package = new HostilePackage();
        package.Part("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="bin" ContentType="application/octet-stream"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
        package.Part("_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
        return package;
    }

    private static string Paragraph(string text) => $"<w:p><w:r><w:t xml:space=\"preserve\">{HostilePackage.Escape(text)}</w:t></w:r></w:p>";

    private static string Invariant(FormattableString text) => HostilePackage.Invariant(text);
}
