namespace LucBinh.Docs.Web.Templates;

/// <summary>Where templates come from: the server's folder or a SharePoint library.</summary>
public interface ITemplateSource
{
    Task<IReadOnlyList<TemplateInfo>> ListAsync(string? userAssertion, CancellationToken cancellationToken);

    /// <summary>The template's bytes and the name shown in messages; null when <paramref name="id"/> names none.</summary>
    Task<(byte[] Content, string Name)?> OpenAsync(string id, string? userAssertion, CancellationToken cancellationToken);
}
