namespace GovBudget;

/// <summary>"Did you mean" for a mistyped word: the known word nearest by edit distance, if it is near enough.</summary>
public static class Suggestions
{
    /// <summary>
    /// The shortest candidate that holds every character of <paramref name="typed"/> in order with at most three more
    /// (基本表 → 基本支出表, chek → check); else the candidate within two edits (one for words of up to four characters);
    /// else null.
    /// </summary>
    public static string? Nearest(string typed, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var list = candidates.Distinct(StringComparer.Ordinal).ToList();
        var lower = typed.ToLowerInvariant();
        if (lower.Length >= 2
            && list.Where(c => c.Length > lower.Length && c.Length <= lower.Length + 3 && Holds(c, lower)).OrderBy(c => c.Length).FirstOrDefault() is { } longer)
        {
            return longer;
        }

        var limit = typed.Length <= 4 ? 1 : 2;
        return list
            .Select(c => (Word: c, Distance: Distance(lower, c)))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance)
            .Select(c => c.Word)
            .FirstOrDefault();
    }

    private static bool Holds(string word, string part)
    {
        var at = 0;
        foreach (var c in word)
        {
            if (at < part.Length && c == part[at])
            {
                at++;
            }
        }

        return at == part.Length;
    }

    // Optimal string alignment distance: insertions, deletions, substitutions and swaps of two neighbours (chek, ehck).
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
