using GovBudget.Documents;
using GovBudget.Rules.Findings;
using static GovBudget.Rules.RuleTexts;

namespace GovBudget.Rules.Addressing;

/// <summary>Thrown inside evaluation when a binding cannot be decided: why, in the report's words.</summary>
internal sealed class NotApplicableException(NotApplicableReason reason, string detail) : Exception(detail)
{
    public NotApplicableReason Reason { get; } = reason;

    /// <summary>The check's not-applicable entry.</summary>
    public NotApplicableCheck For(string ruleId) => new(ruleId, Reason, Message);

    /// <summary>The document lacks <paramref name="kind"/>: the detail names the titles it was looked for under.</summary>
    public static NotApplicableException TableAbsent(TableKind kind) => new(NotApplicableReason.TableAbsent, TableAbsentDetail(kind));

    /// <summary>"文件没有《…》（按以下表名查找：…）".</summary>
    public static string TableAbsentDetail(TableKind kind) =>
        T("NA.TableAbsent", kind.CanonicalName, string.Join(T("NA.List"), kind.Aliases.Prepend(kind.CanonicalName).Distinct()));
}
