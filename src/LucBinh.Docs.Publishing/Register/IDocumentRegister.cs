namespace LucBinh.Docs.Publishing.Register;

/// <summary>
/// The register of outgoing documents: gives each issued document the next number of its kind within its scope, safe
/// when several processes (or web host instances) issue at the same time, and never gives a number twice. Stores: a
/// SQLite file beside the local store (one machine), a SharePoint list (shared), chosen from configuration.
/// Issuing is three steps so that a failure after the number was taken loses nothing:
/// <see cref="ReserveAsync"/> (idempotent for the same <see cref="NumberRequest.DocumentKey"/>), then the document is
/// rendered with the number, converted and filed, then <see cref="CompleteAsync"/>; or <see cref="CancelAsync"/>.
/// </summary>
public interface IDocumentRegister
{
    /// <summary>A short description of where the register is kept, for messages.</summary>
    string Destination { get; }

    /// <summary>
    /// The entry reserved earlier for the same document key, kind and scope (a retry after a failure), else a new entry
    /// with the next number of that kind in that scope (the highest number ever given, cancelled ones included, plus one).
    /// </summary>
    Task<RegisterEntry> ReserveAsync(NumberRequest request, CancellationToken cancellationToken = default);

    /// <summary>Marks a reserved entry issued, with its files. Completing an issued entry again with the same files is a no-op.</summary>
    Task<RegisterEntry> CompleteAsync(RegisterEntry entry, IssuedFiles files, CancellationToken cancellationToken = default);

    /// <summary>Gives up a reserved number ("bị hủy"); it stays in the register and is never given again.</summary>
    Task<RegisterEntry> CancelAsync(string kindCode, string scope, int number, string reason, CancellationToken cancellationToken = default);

    /// <summary>The entries, by kind then number.</summary>
    Task<IReadOnlyList<RegisterEntry>> ListAsync(RegisterQuery query, CancellationToken cancellationToken = default);
}
