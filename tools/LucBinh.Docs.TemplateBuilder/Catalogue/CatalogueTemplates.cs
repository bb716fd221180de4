using DocumentFormat.OpenXml;

namespace LucBinh.Docs.TemplateBuilder.Catalogue;

/// <summary>
/// The templates of the catalogue (templates/&lt;id&gt;.docx; ids and kinds in docs/template-catalogue.md): each is
/// the shared header block, its own content, and the shared closing block.
/// </summary>
internal static class CatalogueTemplates
{
    public static IReadOnlyList<(string Id, DocumentSpec Spec)> All { get; } =
    [
        ("bao-cao-ket-qua-phoi-hop", new DocumentSpec(
            TemplateBuilder.Title,
            "Mẫu báo cáo (Liquid) điền từ Sổ theo dõi của Đảng ủy xã",
            "báo cáo; phối hợp; Quyết định 238-QĐ/TW; mẫu",
            ReportContent.Elements)),
        Kind("bao-cao-dinh-ky", "Báo cáo định kỳ (tháng, quý, 6 tháng, 9 tháng, năm)", "báo cáo; định kỳ; so với cùng kỳ", PeriodicReport.Content),
        Kind("ke-hoach", "Kế hoạch", "kế hoạch; nhiệm vụ; thời hạn", Plan.Content),
        Kind("thong-bao", "Thông báo kết luận hội nghị", "thông báo; kết luận", Notice.Content),
        Kind("cong-van", "Công văn", "công văn; kính gửi", Letter.Content),
        Kind("quyet-dinh", "Quyết định", "quyết định; căn cứ; điều", Decision.Content),
        Kind("bien-ban-hoi-nghi", "Biên bản hội nghị", "biên bản; hội nghị; thư ký; chủ trì", Minutes.Content, Blocks.MinutesSignatures),
        Kind("to-trinh", "Tờ trình", "tờ trình; đề nghị", Submission.Content),
        Kind("giay-moi", "Giấy mời", "giấy mời; khách mời", Invitation.Content),
    ];

    private static (string, DocumentSpec) Kind(string id, string title, string keywords, Func<IEnumerable<OpenXmlElement>> content, Block? closing = null) =>
        (id, new DocumentSpec(
            title,
            "Mẫu văn bản của Đảng ủy xã (Liquid), điền từ sổ theo dõi; khối đầu và cuối văn bản chèn từ templates/khoi",
            keywords + "; mẫu",
            () => CatalogueFrame.Document(content(), closing ?? Blocks.RecipientsAndSignature)));
}
