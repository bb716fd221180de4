using System.Text.Json;

namespace LucBinh.Docs.Addin.Tests;

/// <summary>What the Office stub (Assets/office-stub.js) hands the page: language, workbook bytes, sheet values.</summary>
internal sealed record OfficeStubConfig
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string DisplayLanguage { get; init; } = "vi-VN";

    /// <summary>The .xlsx bytes as base64.</summary>
    public string Workbook { get; init; } = string.Empty;

    /// <summary>Forces small slices so that the page must read and join several.</summary>
    public int SliceSize { get; init; } = 8192;

    public Dictionary<string, object[][]> Sheets { get; init; } = [];

    public int? CloseDialogAfterMs { get; init; }

    /// <summary>What Office.auth.getAccessToken resolves to; null: it fails with 13000 (SSO unsupported).</summary>
    public string? Token { get; init; }

    /// <summary>The message a dialog sends back (messageParent), e.g. the sign-in dialog's token.</summary>
    public string? DialogMessage { get; init; }

    /// <summary>The tracker's key/value sheet as the sample has it: the period of the first half of 2024.</summary>
    public static Dictionary<string, object[][]> SampleInfoSheet() => new()
    {
        ["Thông tin chung"] =
        [
            ["Thông tin", "Giá trị", "Hướng dẫn"],
            ["Kỳ báo cáo", "6 tháng đầu năm 2024", ""],
            ["Từ ngày", 45292, ""],
            ["Đến ngày", 45473, ""],
            ["Năm", 2024, ""],
        ],
    };

    public static OfficeStubConfig For(byte[] workbook, string language = "vi-VN") => new()
    {
        DisplayLanguage = language,
        Workbook = Convert.ToBase64String(workbook),
        Sheets = SampleInfoSheet(),
    };
}
