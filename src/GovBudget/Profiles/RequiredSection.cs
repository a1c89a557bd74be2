using System.Collections.Immutable;
using System.Text.RegularExpressions;
using GovBudget.Documents;

namespace GovBudget.Profiles;

/// <summary>A section a profile says the 情况说明 must have (one per table, 预算绩效, 其他重要事项, 名词解释 …).</summary>
/// <param name="Name">How a finding names it (收入支出决算总体情况说明).</param>
/// <param name="Headings">The headings the profile's documents print for it, without their ordinal; the usual one first.</param>
/// <param name="Table">The table the section explains, or null (名词解释).</param>
/// <param name="FirstYear">The first 预算年度 the section is required in, or null: every year of the profile.</param>
/// <param name="LastYear">The last 预算年度 the section is required in, or null.</param>
/// <param name="Source">Where the requirement comes from: the documents that print the heading, or the template.</param>
internal sealed partial record RequiredSection(
    string Name, ImmutableArray<string> Headings, TableKind? Table, int? FirstYear, int? LastYear, string Source)
{
    // A heading cut where its line wraps (九、一般公共预算“三公”经费、会议费、培训费支出预算情 / 况说明) is the section's when
    // it is the start of one of its headings, long enough not to be the start of another section's.
    private const int CutHeadingMinimumLength = 10;

    /// <summary>Whether the section is required in a document of <paramref name="year"/>.</summary>
    public bool AppliesTo(FiscalYear year) => (FirstYear is null || year.Year >= FirstYear) && (LastYear is null || year.Year <= LastYear);

    /// <summary>
    /// Whether <paramref name="heading"/> (a section's title as read) is one of this section's headings: compared
    /// after <see cref="Normalize"/>, or as a heading cut at the end of its line. A title that ends in 表 is a table's
    /// (a contents line, 五、财政拨款支出预算表), never a cut heading (…支出预算表情况说明).
    /// </summary>
    public bool IsHeading(string heading)
    {
        var printed = Normalize(heading);
        if (printed.Length == 0)
        {
            return false;
        }

        foreach (var h in Headings)
        {
            var wanted = Normalize(h);
            if (printed == wanted
                || (printed.Length >= CutHeadingMinimumLength && printed.Length * 3 >= wanted.Length * 2 && !printed.EndsWith('表')
                    && wanted.StartsWith(printed, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a numbered line of a section's text begins with one of this section's headings: a sub-heading the
    /// reader ran into its paragraph (（一）预算绩效目标设置情况说明2018年本部门共0个项目…).
    /// </summary>
    public bool BeginsLine(string line)
    {
        var printed = Normalize(line);
        return Headings.Any(h => Normalize(h) is { Length: > 0 } wanted && printed.StartsWith(wanted, StringComparison.Ordinal));
    }

    /// <summary>
    /// A heading as compared: width folded, without its ordinal (十一、 （一）), its part (第四部分) or a leading year
    /// (2025年“三公”经费预算情况说明), and without a closing colon.
    /// </summary>
    public static string Normalize(string heading)
    {
        var s = NameNormalizer.Basic(heading).Trim();
        s = HeadingPrefix().Replace(s, string.Empty);
        return NameNormalizer.Title(s).TrimEnd('：', ':', '。');
    }

    /// <summary>"收入支出决算总体情况说明".</summary>
    public override string ToString() => Name;

    [GeneratedRegex(@"^(?:第[一二三四五六七八九十]{1,3}部分|[（(][一二三四五六七八九十]{1,3}[）)])\s*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex HeadingPrefix();
}
