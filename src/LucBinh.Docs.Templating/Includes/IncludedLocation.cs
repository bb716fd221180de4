using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Localization;
using LucBinh.Docs.Templating.Diagnostics;

namespace LucBinh.Docs.Templating.Includes;

/// <summary>
/// A place in one of the documents a template is made of when it includes blocks (issue 13): the document (the
/// template's file name, or a block's path as its include tag writes it), the place in it, and where that document was
/// included from, so a message names both: «khoi/dau-van-ban.docx, thân văn bản, đoạn 3 (chèn từ bao-cao.docx, thân
/// văn bản, đoạn 1)».
/// </summary>
/// <param name="Document">The template's file name or the block's path (never a folder of the machine).</param>
/// <param name="Place">The paragraph (and table cell) in it; null for the document as a whole.</param>
/// <param name="IncludedFrom">Where the include tag that brought this document in stands; null for the template itself.</param>
public sealed record IncludedLocation(string Document, DocumentLocation? Place, IncludedLocation? IncludedFrom = null) : DiagnosticLocation
{
    public override string Describe(UiLanguage language)
    {
        var here = Place is null ? Document : Document + ", " + Place.Describe(language);
        return IncludedFrom is null
            ? here
            : TemplateDiagnostics.Catalog.Format("Location.IncludedFrom", language, [here, IncludedFrom.Describe(language)]);
    }
}
