using System.Globalization;
using System.Text.RegularExpressions;
using GovBudget.Amounts;
using GovBudget.Documents;
using GovBudget.Rules.Findings;

namespace GovBudget.Rules.Addressing;

/// <summary>Finds the amounts the narrative states after a phrase ("基本支出 1259.54 万元").</summary>
internal sealed partial class NarrativeFigures(Disclosure document)
{
    /// <summary>The largest figure read from the narrative: 10^15 亿元 is still exact in decimal arithmetic.</summary>
    public const decimal MaxFigure = 1_000_000_000_000_000m;

    private readonly Dictionary<string, NarrativeFigure?> cache = new(StringComparer.Ordinal);

    /// <summary>The first figure stated right after <paramref name="phrase"/>, or null when the narrative states none.</summary>
    public NarrativeFigure? Find(string phrase)
    {
        if (cache.TryGetValue(phrase, out var found))
        {
            return found;
        }

        // 增加基本支出 844.15 万元 states a change, not the amount: a phrase right after a word of change is not read.
        var pattern = new Regex(ChangeBefore + Regex.Escape(NameNormalizer.Basic(phrase)) + Figure().ToString(), RegexOptions.CultureInvariant, NarrativePatterns.MatchTimeout);
        foreach (var section in document.Narrative)
        {
            // Quotes, spaces and widths vary in print (“三公” "三公", 65559.38 万元): match on the normalised text.
            var text = NameNormalizer.Basic(section.Text.Replace('\n', '。'));
            var m = FirstOfThisYear(pattern, text);

            if (!m.Success)
            {
                continue;
            }

            var number = m.Groups["n"].Value.Replace(",", string.Empty, StringComparison.Ordinal);
            if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value > MaxFigure)
            {
                continue; // not a budget figure (29 digits): no rule can compare it exactly, so it is not read
            }

            MoneyUnits.TryParse(m.Groups["u"].Value, out var unit);
            var decimals = NarrativeNumbers.Decimals(number);
            found = new NarrativeFigure(
                value,
                decimals,
                unit,
                section,
                Sentence(text, m.Index),
                PageAt(section, m.Index));
            break;
        }

        cache[phrase] = found;
        return found;
    }

    /// <summary>Whether the document has no narrative to read.</summary>
    public bool IsEmpty => document.Narrative.IsEmpty;

    /// <summary>
    /// The definition the narrative gives <paramref name="term"/> (十一、机关运行经费：指行政单位和…日常公用经费支出。, its lines
    /// joined: a definition wraps), normalised, with its section and page; or null when it gives none.
    /// </summary>
    public (NarrativeSection Section, string Sentence, int Page)? Definition(string term)
    {
        var pattern = new Regex(Regex.Escape(NameNormalizer.Basic(term)) + "[：:]指[^。]{1,300}", RegexOptions.CultureInvariant, NarrativePatterns.MatchTimeout);
        foreach (var section in document.Narrative)
        {
            var text = NameNormalizer.Basic(section.Text); // line breaks and spaces go: a wrapped definition is read whole
            try
            {
                if (pattern.Match(text) is { Success: true } m)
                {
                    return (section, m.Value, PageAt(section, m.Index));
                }
            }
            catch (RegexMatchTimeoutException e)
            {
                throw new NotApplicableException(NotApplicableReason.Other, NarrativePatterns.TimedOut(e));
            }
        }

        return null;
    }

    // A narrative too long to read in time is not read: the rule reading it is then not applicable, never a fault.
    private Match FirstOfThisYear(Regex pattern, string text)
    {
        try
        {
            var m = pattern.Match(text);
            while (m.Success && OfAnotherYear(text, m.Index))
            {
                m = pattern.Match(text, m.Index + 1);
            }

            return m;
        }
        catch (RegexMatchTimeoutException e)
        {
            throw new NotApplicableException(NotApplicableReason.Other, NarrativePatterns.TimedOut(e));
        }
    }

    // （2016年度部门支出预算安排为8,648.07万元） in a 2017 budget: a figure the phrase states for another year, named
    // right before it, is not the document's.
    private bool OfAnotherYear(string text, int at)
    {
        var before = YearBefore().Match(text[Math.Max(0, at - 10)..at]);
        return before.Success && before.Groups["y"].Value != document.Year.Year.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The page of the character at <paramref name="at"/> in the normalised text of <paramref name="section"/> (line
    /// breaks may be replaced one for one), or 0 when the source has no pages.
    /// </summary>
    public static int PageAt(NarrativeSection section, int at) => section.PageAt(NameNormalizer.SourceIndex(section.Text, at));

    private static string Sentence(string text, int at)
    {
        var start = text.LastIndexOfAny(['。', '\n', '；', ';'], Math.Max(0, at - 1)) + 1;
        var end = text.IndexOfAny(['。', '\n', '；', ';'], at);
        return text[start..(end < 0 ? text.Length : end)].Trim();
    }

    [GeneratedRegex(@"(?<y>(?:19|20)[0-9]{2})年度?(?:部门|单位)?$", RegexOptions.CultureInvariant, NarrativePatterns.MatchTimeoutMilliseconds)]
    private static partial Regex YearBefore();

    private const string ChangeBefore = "(?<!增加|减少|增长|下降|压减|调增|调减|节约)";

    // Between the phrase and the figure: at most a few connecting words (为, 是, 共计, 安排, ：).
    [GeneratedRegex(@"(?:预算数|预算|支出|总金额|金额|总额|为|是|共计|合计|总计|安排|约|：|:){0,3}(?<n>" + NarrativePatterns.Figure + ")(?<u>亿元|万元|元)",
        RegexOptions.CultureInvariant, NarrativePatterns.MatchTimeoutMilliseconds)]
    private static partial Regex Figure();
}

/// <summary>An amount stated in the narrative.</summary>
/// <param name="Value">The number as printed.</param>
/// <param name="Decimals">How many decimals were printed.</param>
/// <param name="Unit">The unit printed after it.</param>
/// <param name="Section">The section it is in.</param>
/// <param name="Sentence">The sentence, for quoting in findings.</param>
/// <param name="Page">The page the figure is printed on, or 0 when the source has no pages.</param>
internal sealed record NarrativeFigure(decimal Value, int Decimals, MoneyUnit Unit, NarrativeSection Section, string Sentence, int Page);
