using System.Security.Cryptography;
using System.Text;

namespace LucBinh.Docs.Issuing;

/// <summary>
/// What makes two runs of <c>issue</c> "the same document": the template's bytes (and the shared blocks it includes,
/// given as the option <c>blocks</c>), the tracker's (or data file's) bytes and the options that change the content (kind, period, strictness), never the number or the issue date the
/// register adds. A retry after a failure therefore finds the number it reserved; a changed tracker is a new document.
/// </summary>
public static class DocumentKey
{
    /// <summary>Lower-case hex SHA-256 of the inputs, with a version prefix so a later change of recipe never matches old keys.</summary>
    public static string Compute(byte[] template, byte[] data, IEnumerable<KeyValuePair<string, string?>> options)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        var recipe = new StringBuilder("lucbinh-issue-v1\n")
            .Append("template=").Append(Convert.ToHexStringLower(SHA256.HashData(template))).Append('\n')
            .Append("data=").Append(Convert.ToHexStringLower(SHA256.HashData(data))).Append('\n');
        foreach (var (name, value) in options.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            // Length-prefixed so that no value can imitate another option.
            recipe.Append(name).Append('=').Append(value?.Length ?? -1).Append(':').Append(value).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(recipe.ToString())));
    }
}
