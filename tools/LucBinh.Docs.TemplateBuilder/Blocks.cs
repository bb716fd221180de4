using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using static LucBinh.Docs.TemplateBuilder.Content;
using static LucBinh.Docs.TemplateBuilder.Wml;

namespace LucBinh.Docs.TemplateBuilder;

/// <summary>
/// The shared blocks of the catalogue (templates/khoi/*.docx), written once and included by every template with
/// <c>{% include "khoi/….docx" %}</c>: the header table, the "Nơi nhận" + signature table, and the two signatures of
/// the minutes. Every name, number, place, date and signer in them is a tag over <c>thong_tin_chung</c> (full names,
/// so a block never depends on a short name its template assigns).
/// </summary>
internal static class Blocks
{
    public const string Folder = "khoi";

    /// <summary>
    /// Left/right columns of the header and footer tables: 80 mm / 85 mm of the 165 mm (9355-twip) text width,
    /// about 48/52 %. A 45 % left column (74 mm) is too narrow for "ĐẢNG BỘ HUYỆN BẠCH THÔNG" or "ĐẢNG BỘ TỈNH THÁI
    /// NGUYÊN" at 14 pt (about 74 mm of text) and wraps it; the right one still fits "ĐẢNG CỘNG SẢN VIỆT NAM" at
    /// 15 pt bold (about 73 mm) and a long date line.
    /// </summary>
    public static readonly int[] Columns = [4535, Geometry.TextWidth - 4535];

    /// <summary>Cấp trên trực tiếp, cơ quan ban hành, *, số và ký hiệu | ĐẢNG CỘNG SẢN VIỆT NAM, địa danh và ngày tháng.</summary>
    public static readonly Block Header = new("dau-van-ban.docx", "Khối đầu văn bản (dùng chung)", HeaderElements);

    /// <summary>Nơi nhận (by delivery) | thẩm quyền ký, chức vụ, họ tên người ký.</summary>
    public static readonly Block RecipientsAndSignature = new("noi-nhan-chu-ky.docx", "Khối nơi nhận và chữ ký (dùng chung)", FooterElements);

    /// <summary>The minutes' two signatures: thư ký (left) and chủ trì (right).</summary>
    public static readonly Block MinutesSignatures = new("chu-ky-bien-ban.docx", "Khối chữ ký biên bản: thư ký và chủ trì (dùng chung)", MinutesElements);

    public static IReadOnlyList<Block> All { get; } = [Header, RecipientsAndSignature, MinutesSignatures];

    /// <summary>
    /// When true, templates get the blocks' elements written in place of their include tags (the fallback for an engine
    /// without <c>include</c>); otherwise one tag-only line <c>{% include "khoi/….docx" %}</c>.
    /// </summary>
    public static bool Inline { get; set; }

    /// <summary>The include line of a block, or (<see cref="Inline"/>) its elements.</summary>
    public static IEnumerable<OpenXmlElement> Include(Block block) =>
        Inline ? block.Elements() : [Code($"{{% include \"{Folder}/{block.FileName}\" %}}")];

    private static IEnumerable<OpenXmlElement> HeaderElements()
    {
        var left = Cell(
            P(StyleIds.DocumentHead, "{{ thong_tin_chung.cap_tren_truc_tiep }}", Size14),
            P(StyleIds.DocumentHead, "{{ thong_tin_chung.co_quan_ban_hanh }}", Size14Bold),
            P(StyleIds.DocumentHead, "*", Size14),
            P(StyleIds.DocumentHead,
                "Số {% if thong_tin_chung.so_van_ban %}{{ thong_tin_chung.so_van_ban | pad: 2 }}{% else %}      {% endif %}-{{ thong_tin_chung.ky_hieu }}",
                Size14));

        var date = P(StyleIds.DocumentHead, "{{ thong_tin_chung.dia_danh }}, {{ thong_tin_chung.ngay_ban_hanh | vi_date }}", Size14Italic);
        date.ParagraphProperties!.Append(new SpacingBetweenLines { Before = "240" });
        var right = Cell(
            P(StyleIds.DocumentHead, "ĐẢNG CỘNG SẢN VIỆT NAM", Size15BoldUnderlined),
            date);

        yield return BorderlessTable(Columns, left, right);
    }

    private static IEnumerable<OpenXmlElement> FooterElements()
    {
        // Recipients without "Bản điện tử" (paper, or not said) first, then the electronic ones; the captions only when
        // both kinds are there.
        yield return Code("""{% assign nhan_ban_giay = noi_nhan | where_not: "hinh_thuc_gui", "Bản điện tử" %}""");
        yield return Code("""{% assign nhan_ban_dien_tu = noi_nhan | where: "hinh_thuc_gui", "Bản điện tử" %}""");

        var left = new List<Paragraph> { P(StyleIds.RecipientsHeading, "Nơi nhận:", Size14Underlined) };
        left.AddRange(RecipientGroup("nhan_ban_giay", "nhan_ban_dien_tu", "Gửi bản giấy:"));
        left.AddRange(RecipientGroup("nhan_ban_dien_tu", "nhan_ban_giay", "Gửi bản điện tử:"));

        var authority = P(StyleIds.Signature, "{{ thong_tin_chung.tham_quyen_ky }}", Size14Bold);
        authority.ParagraphProperties!.Append(new SpacingBetweenLines { Before = "120" }); // level with "Nơi nhận:"
        var right = Cell(
            authority,
            P(StyleIds.Signature, "{{ thong_tin_chung.chuc_vu_nguoi_ky }}", Size14),
            Empty(StyleIds.Signature),
            Empty(StyleIds.Signature),
            Empty(StyleIds.Signature),
            P(StyleIds.Signature, "{{ thong_tin_chung.nguoi_ky }}", Size14Bold));

        yield return BorderlessTable(Columns, Cell([.. left]), right);

        // Word always closes the body with a paragraph after a table; keep it small so it never adds a page.
        yield return Empty(StyleIds.Recipients);
    }

    private static IEnumerable<Paragraph> RecipientGroup(string list, string other, string caption)
    {
        yield return Code($"{{% if {list}.size > 0 %}}");
        yield return Code($"{{% if {other}.size > 0 %}}");
        yield return P(StyleIds.Recipients, caption, Size12Italic);
        yield return Code("{% endif %}");
        yield return Code($"{{% for nn in {list} %}}");
        yield return P(StyleIds.Recipients, "- {{ nn.noi_nhan }}{% if forloop.last %}.{% else %},{% endif %}", Size12);
        yield return Code("{% endfor %}");
        yield return Code("{% endif %}");
    }

    private static IEnumerable<OpenXmlElement> MinutesElements()
    {
        static TableCell Signer(string role, string name)
        {
            var title = P(StyleIds.Signature, role, Size14Bold);
            title.ParagraphProperties!.Append(new SpacingBetweenLines { Before = "240" });
            return Cell(
                title,
                Empty(StyleIds.Signature),
                Empty(StyleIds.Signature),
                Empty(StyleIds.Signature),
                P(StyleIds.Signature, name, Size14Bold));
        }

        yield return BorderlessTable(
            Columns,
            Signer("THƯ KÝ", "{{ thong_tin_chung.thu_ky }}"),
            Signer("CHỦ TRÌ", "{{ thong_tin_chung.chu_tri }}"));
        yield return Empty(StyleIds.Recipients);
    }
}

/// <summary>One shared block: its file under templates/khoi/, its title, and its elements.</summary>
internal sealed record Block(string FileName, string Title, Func<IEnumerable<OpenXmlElement>> Elements)
{
    public DocumentSpec Spec => new(Title, "Khối dùng chung của các mẫu văn bản, chèn bằng {% include %}", "khối dùng chung; mẫu", Elements);
}
