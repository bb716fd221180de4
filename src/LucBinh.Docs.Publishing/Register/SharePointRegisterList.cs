using LucBinh.Docs.Publishing.SharePoint;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace LucBinh.Docs.Publishing.Register;

/// <summary>One column of the register list: internal name, Graph type, and what SharePoint must enforce on it.</summary>
internal sealed record RegisterColumn(string Name, string DisplayName, string Type, bool Indexed = false, bool Unique = false);

/// <summary>
/// The register list's shape on the committee's site and its creation (<c>sharepoint check --fix</c>). Uniqueness is
/// SharePoint's, per column, so the two rules of the register are computed key columns with
/// <c>enforceUniqueValues</c> (which SharePoint accepts only on indexed columns): <c>KindScopeNumber</c>
/// ("BC|2025-2030|45": a number is given once per kind and scope) and <c>KindScopeKey</c> ("BC|2025-2030|{document
/// key}": a document holds one live number). The columns filtered or sorted on are indexed, so the queries work on a
/// large list without the <c>Prefer: HonorNonIndexedQueriesWarningMayFailRandomly</c> header (sent anyway, for a list
/// an administrator made without the indexes).
/// </summary>
internal static class SharePointRegisterList
{
    public const string NonIndexedPrefer = "HonorNonIndexedQueriesWarningMayFailRandomly";

    public static IReadOnlyList<RegisterColumn> Columns { get; } =
    [
        new(RegisterFields.KindCode, "Loại (ký hiệu)", "text", Indexed: true),
        new(RegisterFields.Scope, "Phạm vi đánh số", "text", Indexed: true),
        new(RegisterFields.Number, "Số", "number", Indexed: true),
        new(RegisterFields.KindScopeNumber, "Khóa số (duy nhất)", "text", Indexed: true, Unique: true),
        new(RegisterFields.DocumentKey, "Mã văn bản", "text"),
        new(RegisterFields.KindScopeKey, "Khóa văn bản (duy nhất)", "text", Indexed: true, Unique: true),
        new(RegisterFields.IssueDate, "Ngày ban hành", "dateTime"),
        new(RegisterFields.KindName, "Loại văn bản", "text"),
        new(RegisterFields.SymbolSuffix, "Ký hiệu", "text"),
        new(RegisterFields.Summary, "Trích yếu", "note"),
        new(RegisterFields.Signer, "Người ký", "text"),
        new(RegisterFields.Recipients, "Nơi nhận", "note"),
        new(RegisterFields.Status, "Trạng thái", "text", Indexed: true),
        new(RegisterFields.ReservedAt, "Lấy số lúc", "dateTime"),
        new(RegisterFields.ClosedAt, "Phát hành / hủy lúc", "dateTime"),
        new(RegisterFields.DocumentFile, "Tệp Word", "text"),
        new(RegisterFields.PdfFile, "Tệp PDF", "text"),
        new(RegisterFields.ContentHash, "Mã băm nội dung", "text"),
        new(RegisterFields.Location, "Nơi lưu / liên kết", "note"),
        new(RegisterFields.CancelReason, "Lý do hủy", "note"),
    ];

    /// <summary>The list's id by display name (<c>GET /sites/{s}/lists</c>), or null when there is none.</summary>
    public static async Task<string?> FindAsync(GraphServiceClient graph, string siteId, string listName, CancellationToken cancellationToken)
    {
        var lists = await graph.Sites[siteId].Lists.GetAsync(rc => rc.QueryParameters.Select = ["id", "displayName"], cancellationToken).ConfigureAwait(false);
        return lists?.Value?.FirstOrDefault(l => string.Equals(l.DisplayName, listName, StringComparison.OrdinalIgnoreCase))?.Id;
    }

    /// <summary>
    /// The register step of <c>sharepoint check</c>: the list and its columns exist; with <paramref name="fix"/> the
    /// missing list (<c>POST /sites/{s}/lists</c> with every column) or columns (<c>POST …/columns</c>) are created,
    /// which needs Sites.Manage.All (or a <c>manage</c> grant under Sites.Selected): a 403 says so (PUB307).
    /// </summary>
    public static async Task<CheckStep> CheckAsync(GraphServiceClient graph, SiteLocator site, string listName, bool fix, CancellationToken cancellationToken)
    {
        var siteId = await site.SiteIdAsync(cancellationToken).ConfigureAwait(false);
        var listId = await FindAsync(graph, siteId, listName, cancellationToken).ConfigureAwait(false);
        try
        {
            if (listId is null)
            {
                if (!fix)
                {
                    return new CheckStep("Check.Register", CheckStatus.Failed, listName, PublishingDiagnostics.Error("PUB300", listName, site.Site));
                }

                var created = await graph.Sites[siteId].Lists.PostAsync(new List
                {
                    DisplayName = listName,
                    ListProp = new ListInfo { Template = "genericList" },
                    Columns = [.. Columns.Select(Definition)],
                }, cancellationToken: cancellationToken).ConfigureAwait(false);
                return new CheckStep("Check.Register", CheckStatus.Ok, $"{listName} (+{Columns.Count}) {created?.Id}");
            }

            var existing = await graph.Sites[siteId].Lists[listId].Columns.GetAsync(rc => rc.QueryParameters.Select = ["name", "indexed", "enforceUniqueValues"], cancellationToken).ConfigureAwait(false);
            var names = (existing?.Value ?? []).ToDictionary(c => c.Name ?? string.Empty, StringComparer.Ordinal);
            var missing = Columns.Where(c => !names.ContainsKey(c.Name)).ToList();
            var notUnique = Columns.Where(c => c.Unique && names.TryGetValue(c.Name, out var have) && have.EnforceUniqueValues != true).Select(c => c.Name).ToList();
            if (notUnique.Count > 0)
            {
                // A key column that does not enforce unique values would let two clerks take the same number: never "fixed" silently.
                return new CheckStep("Check.Register", CheckStatus.Failed, listName, PublishingDiagnostics.Error("PUB302", listName, string.Join(", ", notUnique)));
            }

            if (missing.Count == 0)
            {
                return new CheckStep("Check.Register", CheckStatus.Ok, listName);
            }

            if (!fix)
            {
                return new CheckStep("Check.Register", CheckStatus.Failed, listName, PublishingDiagnostics.Error("PUB301", listName, string.Join(", ", missing.Select(c => c.Name))));
            }

            foreach (var column in missing)
            {
                await graph.Sites[siteId].Lists[listId].Columns.PostAsync(Definition(column), cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            return new CheckStep("Check.Register", CheckStatus.Ok, $"{listName} (+{missing.Count})");
        }
        catch (ODataError e) when (e.ResponseStatusCode is 401 or 403)
        {
            return new CheckStep("Check.Register", CheckStatus.Failed, listName, PublishingDiagnostics.Error("PUB307", listName, site.Site, e.ResponseStatusCode));
        }
    }

    private static ColumnDefinition Definition(RegisterColumn column)
    {
        var definition = new ColumnDefinition
        {
            Name = column.Name,
            DisplayName = column.DisplayName,
            Indexed = column.Indexed,
            EnforceUniqueValues = column.Unique,
        };
        switch (column.Type)
        {
            case "number":
                definition.Number = new NumberColumn { DecimalPlaces = "none" };
                break;
            case "dateTime":
                definition.DateTime = new DateTimeColumn { Format = "dateTime" };
                break;
            case "note":
                definition.Text = new TextColumn { AllowMultipleLines = true };
                break;
            default:
                definition.Text = new TextColumn { MaxLength = 255 };
                break;
        }

        return definition;
    }
}
