using System.Security.Cryptography;

namespace LucBinh.Docs.Publishing;

/// <summary>SHA-256 of a file, the identity of a report's content for the outbox and the local store.</summary>
public static class ContentHash
{
    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    public static string Sha256OfFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
