using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace GovBudget.Documents;

/// <summary>Normalises printed names so that variants of one name compare equal.</summary>
internal static partial class NameNormalizer
{
    /// <summary>
    /// Removes spaces, markup and quotes (“三公” "三公" 三公), folds full-width ASCII to half width, and drops a
    /// leading year (2025年), a leading ordinal (1、 五、 1.) and the 部门预算/部门 prefix of a table title.
    /// </summary>
    public static string Title(string title) => Cached(Titles, title, static t => TitlePrefix().Replace(Basic(t), string.Empty));

    /// <summary>
    /// Normalises a column header or a row label: removes spaces, markup and quotes, folds full width, and strips
    /// ordinals and markers (三、 （一） 1、 其中：).
    /// </summary>
    public static string Label(string label) => Cached(Labels, label, LabelUncached);

    // Names repeat endlessly (every row of every department): normalise each distinct one once. The caches stop
    // growing at a bound so that hostile input cannot exhaust memory.
    private const int CacheLimit = 200_000;
    private static readonly ConcurrentDictionary<string, string> Titles = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string> Labels = new(StringComparer.Ordinal);

    private static string Cached(ConcurrentDictionary<string, string> cache, string key, Func<string, string> compute)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (cache.TryGetValue(key, out var value))
        {
            return value;
        }

        value = compute(key);
        if (cache.Count < CacheLimit)
        {
            cache.TryAdd(key, value);
        }

        return value;
    }

    private static string LabelUncached(string label)
    {
        var s = Basic(label);
        string previous;
        do
        {
            previous = s;
            s = LabelPrefix().Replace(s, string.Empty);
        }
        while (s != previous);

        return s;
    }

    /// <summary>
    /// Removes markup, spaces and quotes and folds full width to half width (brackets to full width: （）); keeps
    /// everything else.
    /// </summary>
    public static string Basic(string text)
    {
        // Most names need nothing done: return them as they are, without a regex run or a copy (a hot path of the
        // rules' name comparisons and of planning).
        if (text.IndexOf('<', StringComparison.Ordinal) < 0 && IsFolded(text))
        {
            return text;
        }

        var s = Markup().Replace(text, string.Empty);
        var b = new StringBuilder(s.Length);
        foreach (var ch in s)
        {
            if (Fold(ch) is { } c)
            {
                b.Append(c);
            }
        }

        return b.ToString();
    }

    /// <summary>
    /// The index in <paramref name="text"/> of the character that is at <paramref name="index"/> in
    /// <c>Basic(text)</c>: where a match in the normalised text was printed (for its page).
    /// </summary>
    internal static int SourceIndex(string text, int index)
    {
        var markup = Markup().Matches(text);
        var m = 0;
        var kept = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (m < markup.Count && i >= markup[m].Index)
            {
                i = markup[m].Index + markup[m].Length - 1;
                m++;
                continue;
            }

            if (Fold(text[i]) is not null && kept++ == index)
            {
                return i;
            }
        }

        return text.Length;
    }

    private static bool IsFolded(string text)
    {
        foreach (var ch in text)
        {
            if (Fold(ch) != ch)
            {
                return false;
            }
        }

        return true;
    }

    // Full width folded to half width (but not the Chinese punctuation names keep); spaces and quotes dropped (null).
    // Half-width brackets are folded to the full-width ones names keep: 维修(护)费 and 维修（护）费 are one name.
    private static char? Fold(char c)
    {
        if (c is >= '！' and <= '～' && c is not ('（' or '）' or '：' or '，'))
        {
            c = (char)(c - 0xFEE0);
        }

        c = c switch { '(' => '（', ')' => '）', _ => c };

        return char.IsWhiteSpace(c) || c is '“' or '”' or '"' or '‘' or '’' or '\'' or '*' or '\u3000' ? null : c;
    }

    /// <summary>Removes only markup (&lt;b&gt;, &lt;p&gt;, markdown bold) and trims.</summary>
    public static string StripMarkup(string text) => Markup().Replace(text, string.Empty).Replace("**", string.Empty, StringComparison.Ordinal).Trim();

    [GeneratedRegex("<[^>]{1,20}>", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex Markup();

    [GeneratedRegex("^(?:[0-9一二三四五六七八九十]+[、.．]|(?:19|20)[0-9]{2}年(?:度)?|部门预算|部门)+", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex TitlePrefix();

    [GeneratedRegex("^(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[、.．]|其中[：:]|其中|减[：:]|加[：:])", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex LabelPrefix();
}
