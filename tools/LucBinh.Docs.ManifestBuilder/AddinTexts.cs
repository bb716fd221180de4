namespace LucBinh.Docs.ManifestBuilder;

/// <summary>
/// Every text the manifests show, in Vietnamese first with English. Short strings (labels, titles) must stay within
/// 125 characters and long strings (descriptions) within 250, in every locale (Office's limits; tested).
/// </summary>
public static class AddinTexts
{
    public static readonly LocalizedText DisplayName = new("Báo cáo Lục Bình", "LucBinh Reports");

    public static readonly LocalizedText Description = new(
        "Tạo báo cáo Word của Đảng ủy từ sổ theo dõi Excel và lưu lên SharePoint chỉ với một lần bấm.",
        "Creates the Party committee's Word report from the Excel tracker and files it in SharePoint in one click.");

    public static readonly LocalizedText ProviderName = new("LucBinh.Docs", "LucBinh.Docs");

    /// <summary>ShortStrings: resource id → text.</summary>
    public static readonly IReadOnlyList<(string Id, LocalizedText Text)> ShortStrings =
    [
        ("LucBinh.GetStarted.Title", new("Báo cáo Lục Bình đã sẵn sàng", "LucBinh Reports is ready")),
        ("LucBinh.Group.Label", new("Báo cáo", "Reports")),
        ("LucBinh.Generate.Label", new("Tạo báo cáo", "Create report")),
        ("LucBinh.Generate.Title", new("Tạo báo cáo và lưu lên SharePoint", "Create the report and file it")),
        ("LucBinh.TaskPane.Label", new("Tùy chọn báo cáo", "Report options")),
        ("LucBinh.TaskPane.Title", new("Báo cáo Lục Bình", "LucBinh Reports")),
    ];

    /// <summary>LongStrings: resource id → text.</summary>
    public static readonly IReadOnlyList<(string Id, LocalizedText Text)> LongStrings =
    [
        ("LucBinh.GetStarted.Description", new(
            "Mở sổ theo dõi rồi bấm \"Tạo báo cáo\" trên thẻ Trang đầu. Báo cáo Word được tạo và lưu lên SharePoint.",
            "Open the tracker and click \"Create report\" on the Home tab. The Word report is created and filed in SharePoint.")),
        ("LucBinh.Generate.Tooltip", new(
            "Tạo báo cáo Word từ sổ theo dõi đang mở theo mẫu và kỳ mặc định, lưu lên SharePoint và hiện đường liên kết.",
            "Creates the Word report from the open tracker with the default template and period, files it in SharePoint and shows the link.")),
        ("LucBinh.TaskPane.Tooltip", new(
            "Mở ngăn để chọn mẫu và kỳ báo cáo, xem các lỗi cần sửa trong sổ theo dõi và tải báo cáo về.",
            "Opens the pane to choose the template and period, see what to fix in the tracker and download the report.")),
    ];
}
