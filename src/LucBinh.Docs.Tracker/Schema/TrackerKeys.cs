namespace LucBinh.Docs.Tracker.Schema;

/// <summary>
/// The keys the product itself reads from a tracker (the period, the file name, the document's number and date). Every
/// project uses these names instead of retyping the literals; a template declares any other key in its schema.
/// </summary>
public static class TrackerKeys
{
    /// <summary>The general-information sheet (a key/value sheet) and its key.</summary>
    public const string InfoSheet = "Thông tin chung";

    public const string Info = "thong_tin_chung";

    /// <summary>The three header cells of a key/value sheet written by <c>init-tracker</c>.</summary>
    public const string LabelHeader = "Thông tin";

    public const string ValueHeader = "Giá trị";

    public const string HintHeader = "Hướng dẫn";

    /// <summary>Fields of the general information the product reads.</summary>
    public const string PeriodName = "ky_bao_cao";

    public const string From = "tu_ngay";

    public const string To = "den_ngay";

    public const string NextPeriod = "ky_tiep_theo";

    public const string Year = "nam";

    public const string IssueDate = "ngay_ban_hanh";

    public const string Number = "so_van_ban";

    public const string Symbol = "ky_hieu";

    public const string FileName = "ten_tep_bao_cao";

    /// <summary>A list's row number column, renumbered when rows are carried over.</summary>
    public const string RowNumber = "stt";
}
