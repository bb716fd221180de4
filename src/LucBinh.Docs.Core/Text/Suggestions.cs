namespace LucBinh.Docs.Text;

/// <summary>"Did you mean" for names a user typed: the closest known name by edit distance, if close enough.</summary>
public static class Suggestions
{
    public static string? Closest(string typed, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(known);
        // Names are short; edit distance is quadratic, so a 100 KB "name" from a hostile file is never compared.
        if (string.IsNullOrEmpty(typed) || typed.Length > MaxNameLength)
        {
            return null;
        }

        var allowed = Math.Max(1, typed.Length / 3);

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            if (Math.Abs(candidate.Length - typed.Length) > allowed)
            {
                continue; // the distance is at least the difference in length
            }

            var distance = Distance(typed.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        // Accept about one typo per three characters; beyond that a suggestion misleads more than it helps.
        return best is not null && bestDistance <= allowed ? best : null;
    }

    /// <summary>Longer typed names get no suggestion.</summary>
    private const int MaxNameLength = 128;

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
