using System.Collections.Immutable;

namespace GovBudget.Documents;

/// <summary>
/// Words of one role in a names file (docs/names.md): each is a whole word (项目), or with <c>…</c> a word's end
/// (<c>…名称</c>: 科目名称), start (<c>目录…</c>) or part (<c>…编码…</c>: 功能分类科目编码).
/// </summary>
internal sealed class WordList
{
    /// <summary>The mark that stands for any letters before or after a word.</summary>
    public const char Any = '…';

    private readonly HashSet<string> whole;
    private readonly ImmutableArray<string> ends;
    private readonly ImmutableArray<string> starts;
    private readonly ImmutableArray<string> parts;

    public WordList(IEnumerable<string> words)
    {
        var list = words.ToList();
        whole = [.. list.Where(w => !w.Contains(Any, StringComparison.Ordinal))];
        ends = [.. list.Where(w => w.Length > 1 && w[0] == Any && w[^1] != Any).Select(w => w[1..])];
        starts = [.. list.Where(w => w.Length > 1 && w[0] != Any && w[^1] == Any).Select(w => w[..^1])];
        parts = [.. list.Where(w => w.Length > 2 && w[0] == Any && w[^1] == Any).Select(w => w[1..^1])];
    }

    /// <summary>Whether <paramref name="text"/> is one of the words, or ends, starts with or holds one as its pattern says.</summary>
    public bool Matches(string text) =>
        whole.Contains(text)
        || ends.Any(e => text.EndsWith(e, StringComparison.Ordinal))
        || starts.Any(s => text.StartsWith(s, StringComparison.Ordinal))
        || parts.Any(p => text.Contains(p, StringComparison.Ordinal));

    /// <summary>Whether <paramref name="text"/> is one of the whole words (no pattern).</summary>
    public bool IsWhole(string text) => whole.Contains(text);

    /// <summary>A word is valid when it is not the mark alone nor has the mark inside it.</summary>
    public static bool IsValid(string word)
    {
        var core = word.Trim(Any);
        return core.Length > 0 && !core.Contains(Any, StringComparison.Ordinal);
    }
}
