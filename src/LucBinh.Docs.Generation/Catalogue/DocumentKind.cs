namespace LucBinh.Docs.Generation.Catalogue;

/// <summary>
/// The kinds of document a Party committee issues (Hướng dẫn 36-HD/VPTW), each with the code written in its symbol
/// ("Số 45-BC/ĐU"). The code is data of the template's manifest; this enum groups the catalogue.
/// </summary>
public enum DocumentKind
{
    /// <summary>Báo cáo (BC).</summary>
    Report,

    /// <summary>Kế hoạch (KH).</summary>
    Plan,

    /// <summary>Thông báo (TB).</summary>
    Notice,

    /// <summary>Công văn (CV): no title line, "V/v …" under the number.</summary>
    Letter,

    /// <summary>Quyết định (QĐ).</summary>
    Decision,

    /// <summary>Biên bản (BB).</summary>
    Minutes,

    /// <summary>Tờ trình (TTr).</summary>
    Submission,

    /// <summary>Giấy mời (GM).</summary>
    Invitation,

    /// <summary>Another kind (its code comes from the manifest).</summary>
    Other,
}
