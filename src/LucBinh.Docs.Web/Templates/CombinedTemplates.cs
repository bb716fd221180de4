using LucBinh.Docs.Generation;

namespace LucBinh.Docs.Web.Templates;

/// <summary>The server's folder first, then the SharePoint library when one is configured.</summary>
public sealed class CombinedTemplates(FolderTemplates folder, SharePointTemplates? sharePoint) : ITemplateSource
{
    public async Task<IReadOnlyList<TemplateInfo>> ListAsync(string? userAssertion, CancellationToken cancellationToken)
    {
        var local = await folder.ListAsync(userAssertion, cancellationToken).ConfigureAwait(false);
        return sharePoint is null ? local : [.. local, .. await sharePoint.ListAsync(userAssertion, cancellationToken).ConfigureAwait(false)];
    }

    public Task<TemplateFile?> OpenAsync(string id, string? userAssertion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        return sharePoint is not null && id.StartsWith(SharePointTemplates.IdPrefix, StringComparison.Ordinal)
            ? sharePoint.OpenAsync(id, userAssertion, cancellationToken)
            : folder.OpenAsync(id, userAssertion, cancellationToken);
    }
}
