using GovBudget.Rules.Checking;
using static GovBudget.Rules.RuleTexts;

namespace GovBudget.Rules.BuiltIn;

/// <summary>
/// The checks built into <c>RulePack.Check</c> beside a pack's rules, with their titles: the one
/// list a pack's <c>RulePack.Checks</c>, the findings and the test cases take them from.
/// </summary>
internal static class BuiltInChecks
{
    // Each title is the message Title.<id> of Resources/Texts*.resx.
    private static readonly HashSet<string> Ids = new(StringComparer.Ordinal)
    {
        "NA-EMPTY-NOTE",
        "NA-ITEM",
        "NA-GROWTH",
        "NA-SHARE",
        "NA-COMPLETION",
        "NA-PARTS",
        "NA-REPEAT",
        "NC-TEMPLATE",
        "NC-YEAR",
        "NC-DEPT",
        "NC-COMPARE",
        "NC-ITEMNAME",
        "NC-SECTIONS",
        PublishedTables.RuleId,
        RepeatedRows.RuleId,
        MisprintedCodes.RuleId,
    };

    /// <summary>The title of built-in check <paramref name="id"/>.</summary>
    public static string Title(string id) => Ids.Contains(id) ? T("Title." + id) : throw new KeyNotFoundException($"no built-in check {id}");

    /// <summary>
    /// The ids of the built-in checks a pack runs, in the order <c>RulePack.Check</c> reports
    /// them: the narrative checks and PUB-TABLES when the pack has them on, then the checks of what the tables print
    /// (ROW-REPEAT, NM-CODE-MISPRINT), which every pack runs.
    /// </summary>
    public static IEnumerable<string> Run(bool narrativeArithmetic, bool publishedTables) =>
        [
            .. narrativeArithmetic ? NarrativeChecks.Ids : [],
            .. publishedTables ? [PublishedTables.RuleId] : Array.Empty<string>(),
            RepeatedRows.RuleId,
            MisprintedCodes.RuleId,
        ];
}
