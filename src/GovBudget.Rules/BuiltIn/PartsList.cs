using System.Text.RegularExpressions;
using GovBudget.Amounts;
using GovBudget.Rules.Addressing;
using static GovBudget.Rules.Addressing.NarrativePatterns;

namespace GovBudget.Rules.BuiltIn;

/// <summary>
/// The parts a narrative lists after "T 万元，其中：" up to the end of the sentence, in yuan: "基本支出 21968 万元，占 59.07%；
/// 项目支出 10208.94 万元 …". Comparisons (比上年增加 …, 与上年持平) are not parts; parenthesised sub-lists
/// (（其中：公务用车购置费 0 万元 …）) are left out, and a nested 其中 ends the list.
/// </summary>
/// <param name="Total">The total, in yuan.</param>
/// <param name="Tolerance">How far the sum may be from the total by rounding each printed figure (in yuan).</param>
/// <param name="Parts">The parts, in printed order.</param>
/// <param name="IsComplete">
/// Whether the list claims to be the whole of its total: its shares make 100%, it names 货物/工程/服务 or the three 三公
/// parts, or the sentence before it counts as many (项目共4个) as it lists.
/// </param>
internal sealed partial record PartsList(decimal Total, decimal Tolerance, IReadOnlyList<PartsList.Part> Parts, bool IsComplete)
{
    // Lists that are complete by definition: every 政府采购 is 货物, 工程 or 服务; 三公 is exactly its three parts.
    private static readonly string[][][] CompleteSets =
    [
        [["货物"], ["工程"], ["服务"]],
        [["因公出国"], ["公务用车", "公务车"], ["公务接待"]],
    ];

    public decimal Sum => Parts.Sum(p => p.Value);

    /// <summary>Yuan in one <paramref name="unit"/> as printed (元, 万元, 亿元: the units the patterns match).</summary>
    public static decimal Factor(string unit) => MoneyUnits.TryParse(unit, out var parsed) ? parsed.InYuan() : 1m;

    /// <summary>The list after <paramref name="head"/>, or null when it has fewer than two parts.</summary>
    public static PartsList? Read(string text, Match head)
    {
        var start = head.Index + head.Length;
        var end = text.IndexOf('。', start);
        var region = Bracketed().Replace(text[start..(end < 0 ? text.Length : end)], string.Empty);
        var nested = region.IndexOf("其中", StringComparison.Ordinal);
        region = nested < 0 ? region : region[..nested];

        var parts = new List<Part>();
        var ambiguous = false;
        foreach (var clause in Clause().Split(region))
        {
            if (Share().Match(clause) is { Success: true } share && parts.Count > 0 && Money().Matches(clause).Count == 0)
            {
                parts[^1] = parts[^1] with { Share = share.Groups["p"].Value };
                continue;
            }

            var figures = Money().Matches(clause);
            if (figures.Count == 0 || Comparison().IsMatch(clause))
            {
                continue; // words, or 比上年增加 C 万元: not a part
            }

            if (figures.Count > 1 || figures[0].Index == 0)
            {
                ambiguous = true; // 包括人员经费 a 万元和公用经费 b 万元, or a figure with no name: not one part
                continue;
            }

            var n = figures[0].Groups["n"].Value;
            var factor = Factor(figures[0].Groups["u"].Value);
            // A printed 0 means none (0万元 for an item the department does not have), not a rounded 0.4.
            var value = NarrativeNumbers.Number(n);
            parts.Add(new Part(clause[..figures[0].Index], value * factor, value == 0m ? 0m : NarrativeNumbers.Half(n) * factor,
                $"{n}{figures[0].Groups["u"].Value}", null));
        }

        if (parts.Count < 2)
        {
            return null;
        }

        var t = head.Groups["t"].Value;
        var unit = Factor(head.Groups["u"].Value);
        var tolerance = (NarrativeNumbers.Half(t) * unit) + parts.Sum(p => p.Half);
        return new PartsList(NarrativeNumbers.Number(t) * unit, tolerance, parts,
            !ambiguous && (SharesMakeTheWhole(parts) || NamesMakeTheWhole(parts) || CountMakesTheWhole(text, head.Index, parts.Count)));
    }

    // "项目共4个，涉及项目预算资金598.46万元。其中：…" lists all 4 when it lists 4: the count just before the total says so.
    private static bool CountMakesTheWhole(string text, int head, int parts)
    {
        var from = Math.Max(0, head - 40);
        var sentenceStart = text.LastIndexOf('。', Math.Max(0, head - 1), head - from) + 1;
        var count = Count().Matches(text[Math.Max(from, sentenceStart)..head]);
        return count.Count == 1 && int.TryParse(count[0].Groups["n"].Value, out var n) && n == parts;
    }

    private static bool SharesMakeTheWhole(List<Part> parts) =>
        parts.All(p => p.Share is not null)
        && Math.Abs(parts.Sum(p => NarrativeNumbers.Number(p.Share!)) - 100m) <= parts.Sum(p => NarrativeNumbers.Half(p.Share!));

    private static bool NamesMakeTheWhole(List<Part> parts) =>
        CompleteSets.Any(set => parts.Count == set.Length
            && set.All(member => parts.Count(p => member.Any(word => p.Name.Contains(word, StringComparison.Ordinal))) == 1)
            && parts.All(p => set.Count(member => member.Any(word => p.Name.Contains(word, StringComparison.Ordinal))) == 1));

    /// <summary>A listed part.</summary>
    /// <param name="Name">The words before the figure.</param>
    /// <param name="Value">The figure in yuan.</param>
    /// <param name="Half">Half a unit of its last printed digit, in yuan.</param>
    /// <param name="Text">The figure as printed, with its unit.</param>
    /// <param name="Share">The 占 P% printed after it, or null.</param>
    internal sealed record Part(string Name, decimal Value, decimal Half, string Text, string? Share);

    // A half-width comma between digits is a thousands separator (3,121.42), not a clause break.
    [GeneratedRegex(@"[，；;、]|(?<!\d),|,(?!\d)", RegexOptions.None, MatchTimeoutMilliseconds)]
    private static partial Regex Clause();

    [GeneratedRegex(@"（[^（）]*）|\([^()]*\)", RegexOptions.None, MatchTimeoutMilliseconds)]
    private static partial Regex Bracketed();

    [GeneratedRegex("(?<n>" + Figure + ")(?<u>亿元|万元|元)", RegexOptions.None, MatchTimeoutMilliseconds)]
    private static partial Regex Money();

    [GeneratedRegex("共(?<n>[0-9]{1,3})(?:个|项)", RegexOptions.None, MatchTimeoutMilliseconds)]
    private static partial Regex Count();

    [GeneratedRegex("^占(?<p>" + Percent + ")%$", RegexOptions.None, MatchTimeoutMilliseconds)]
    private static partial Regex Share();

    [GeneratedRegex("比|较|相比|增加|减少|增长|下降|持平|一致|上年|同比", RegexOptions.None, MatchTimeoutMilliseconds)]
    private static partial Regex Comparison();
}
