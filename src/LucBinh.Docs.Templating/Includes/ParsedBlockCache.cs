using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace LucBinh.Docs.Templating.Includes;

/// <summary>
/// The blocks parsed in this process, by path, content hash and limits: the same header and signature blocks are
/// included by every template and every request, and parsing them (package, body, styles, lists) was most of what an
/// include costs. A block whose bytes change is parsed again (another hash). Bounded: small blocks only, and at most
/// <see cref="MaxEntries"/> of them (the cache starts over when full), so hostile blocks cannot grow it.
/// </summary>
internal static class ParsedBlockCache
{
    public const int MaxEntries = 32;

    /// <summary>A block larger than this unpacked (a block with pictures) is parsed each time and not kept.</summary>
    public const long MaxCachedBytes = 512 * 1024;

    private static readonly ConcurrentDictionary<(string Path, string Hash, TemplateLimits Limits), ParsedBlock> Blocks = new();

    /// <summary>The block parsed from <paramref name="bytes"/>, from the cache or by <paramref name="parse"/>.</summary>
    public static ParsedBlock GetOrParse(string path, byte[] bytes, TemplateLimits limits, Func<ParsedBlock> parse)
    {
        var key = (path, Convert.ToHexString(SHA256.HashData(bytes)), limits);
        if (Blocks.TryGetValue(key, out var known))
        {
            return known;
        }

        var parsed = parse();
        if (parsed.UnpackedBytes <= MaxCachedBytes)
        {
            if (Blocks.Count >= MaxEntries)
            {
                Blocks.Clear();
            }

            Blocks.TryAdd(key, parsed);
        }

        return parsed;
    }

    /// <summary>How many blocks are kept (for tests).</summary>
    internal static int Count => Blocks.Count;
}
