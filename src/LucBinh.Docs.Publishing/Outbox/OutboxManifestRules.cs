namespace LucBinh.Docs.Publishing.Outbox;

/// <summary>What a manifest may say about files and addresses (it is read back from a folder others can write).</summary>
public static class OutboxManifestRules
{
    /// <summary>A name without folders: not empty, not rooted, no separator, not <c>.</c> or <c>..</c>, no invalid character.</summary>
    public static bool IsPlainFileName(string? name) =>
        !string.IsNullOrWhiteSpace(name)
        && name is not ("." or "..")
        && name.IndexOfAny(['/', '\\', ':', '\0']) < 0
        && name.IndexOfAny(Path.GetInvalidFileNameChars()) < 0
        && !Path.IsPathRooted(name)
        && string.Equals(Path.GetFileName(name), name, StringComparison.Ordinal);

    /// <summary>A '/'-separated folder relative to the store's root (empty for the root) whose parts are plain names.</summary>
    public static bool IsRelativeFolder(string? folder) =>
        folder is not null
        && (folder.Length == 0 || folder.Split('/', StringSplitOptions.RemoveEmptyEntries).All(IsPlainFileName))
        && !folder.StartsWith('/')
        && folder.IndexOf('\\', StringComparison.Ordinal) < 0;

    /// <summary>
    /// The upload session to resume, or null (the upload starts over): an absolute https address on one of
    /// <paramref name="expectedHosts"/> (same host name), or one exactly on the authority of an expected loopback
    /// address (a local test server). Without expected hosts, any https address or http on loopback.
    /// </summary>
    public static string? TrustedUploadUrl(string? url, IReadOnlyList<Uri>? expectedHosts)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || !string.IsNullOrEmpty(uri.UserInfo))
        {
            return null;
        }

        if (expectedHosts is null)
        {
            return uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback) ? url : null;
        }

        foreach (var expected in expectedHosts)
        {
            if (uri.Scheme == Uri.UriSchemeHttps && string.Equals(uri.IdnHost, expected.IdnHost, StringComparison.OrdinalIgnoreCase))
            {
                return url;
            }

            if (expected.IsLoopback && uri.Scheme == expected.Scheme && string.Equals(uri.Authority, expected.Authority, StringComparison.OrdinalIgnoreCase))
            {
                return url;
            }
        }

        return null;
    }
}
