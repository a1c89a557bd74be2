using System.Globalization;
using System.Text.RegularExpressions;
using GovBudget.Documents;
using GovBudget.Rules.Addressing;
using GovBudget.Rules.Diagnostics;
using GovBudget.Rules.Findings;
using static GovBudget.Rules.Addressing.NarrativeNumbers;
using static GovBudget.Rules.Addressing.NarrativePatterns;
using static GovBudget.Rules.RuleTexts;

namespace GovBudget.Rules.BuiltIn;

/// <summary>
/// What the narrative checks share: reading a statement on its own, the sentence around a match, a finding of one
/// narrative statement, and the pattern of a fully named 项.
/// </summary>
internal static partial class NarrativeText
{
    /// <summary>The table name of a narrative finding's cells.</summary>
    internal const string Table = NarrativeSection.TableName;

    // Each statement is checked on its own: one whose figures are beyond exact decimal arithmetic (a 29-digit
    // "amount") cannot be checked, and must not stop the check of the others.
    internal static IEnumerable<Verdict> Statements(Regex pattern, string text, Func<Match, Verdict> check)
    {
        foreach (Match m in pattern.Matches(text))
        {
            yield return Statement(() => check(m));
        }
    }

    internal static Verdict Statement(Func<Verdict> check)
    {
        try
        {
            return check();
        }
        catch (OverflowException)
        {
            return Verdict.NotExamined; // figures too large for exact arithmetic: nothing can be proven about this statement
        }
    }

    // A figure beyond exact decimal arithmetic is no figure to compare: null.
    internal static decimal? Statement(Func<decimal> parse)
    {
        try
        {
            return parse();
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    // Whether a printed percentage (half-step h) can state a ratio known to ±uncertainty.
    internal static bool Explains(decimal printed, decimal half, decimal ratio, decimal uncertainty) =>
        Math.Abs(printed - ratio) <= half + uncertainty;

    internal static Finding Make(string id, int page, Severity severity, string title, NarrativeSection section, string sentence, string message, decimal? actual, decimal? expected, string unit = "%") =>
        new(id, severity, title, T("Finding.Titled", title, message), Table, section.ToString(),
            [new FindingCell(Table, section.ToString(), section.Number ?? section.Title, sentence, null, actual, unit, section.Line, page)],
            expected, actual, expected is null ? null : actual - expected, null, null, [], new Dictionary<string, string>(), false,
            new SourceSpan("narrative", section.Line, 1));

    /// <summary>The table name of a finding on the contents list (NC-YEAR, NC-DEPT).</summary>
    internal const string ContentsTable = "目录";

    internal static Finding ContentsFinding(string id, string titleKey, ContentsEntry entry, int? printed, int? expected, string message) =>
        new(id, Severity.Error, T(titleKey), T("Finding.Titled", T(titleKey), message), ContentsTable, ContentsTable,
            [new FindingCell(ContentsTable, ContentsTable, entry.Name, entry.Title, null, printed, printed is null ? string.Empty : "年", entry.Line, entry.Page)],
            expected, printed, printed - expected, null, null, [], new Dictionary<string, string>(), false, new SourceSpan("contents", entry.Line, 1));

    internal static string Format(decimal value) => (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    internal static string Sentence(string text, int at)
    {
        var start = text.LastIndexOf('。', Math.Max(0, at - 1)) + 1;
        var end = text.IndexOf('。', at);
        return text[start..(end < 0 ? text.Length : end)].Trim();
    }

    /// <summary>The table whose 项 rows the narrative's "…（类）…（款）…（项）X 万元" name (NA-ITEM, NC-ITEMNAME): 一般公共预算, else 支出总表.</summary>
    internal static BudgetTable? ItemTable(Disclosure document) =>
        document.Table(TableKind.GeneralBudgetExpenditure) ?? document.Table(TableKind.ExpenditureSummary);

    /// <summary>预算 or 决算 (budget, final accounts) in the current language.</summary>
    internal static string KindName(DisclosureKind kind) => T(kind == DisclosureKind.FinalAccount ? "Kind.FinalAccounts" : "Kind.Budget");

    // "…（类）…（款）…（项）X 万元": NA-ITEM, NA-REPEAT and NC-ITEMNAME read it.
    [GeneratedRegex("(?<cls>[^（）。；;，,“”0-9]+)（类）(?<sec>[^（）。；;，,“”0-9]+)（款）(?<item>[^（）。；;，,“”0-9]+)（项）(?<x>" + Figure + ")(?<u>亿元|万元|元)",
        RegexOptions.None, MatchTimeoutMilliseconds)]
    internal static partial Regex ItemPattern();
}
