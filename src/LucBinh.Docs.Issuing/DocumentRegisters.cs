using LucBinh.Docs.Publishing.Configuration;
using LucBinh.Docs.Publishing.Register;

namespace LucBinh.Docs.Issuing;

/// <summary>
/// The register the hosts use, from the settings: the SQLite file (<see cref="SqliteDocumentRegister.DefaultPath"/>).
/// The SharePoint list register (for several machines or web hosts) plugs in here when <c>SharePoint:SiteUrl</c> is set.
/// </summary>
public static class DocumentRegisters
{
    public static IDocumentRegister Create(PublishingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new SqliteDocumentRegister(SqliteDocumentRegister.DefaultPath(options, options.Register));
    }
}
