using GovBudget.Documents;
using GovBudget.Rules.Findings;
using GovBudget.Rules.Syntax;

namespace GovBudget.Rules.Binding;

/// <summary>The syntax's own words mapped to the domain: the syntax tree knows no findings and no tables.</summary>
internal static class SyntaxWords
{
    /// <summary>The severity of the findings of a rule written with this word.</summary>
    public static Severity Severity(SeverityKeyword keyword) => keyword switch
    {
        SeverityKeyword.Error => Findings.Severity.Error,
        SeverityKeyword.Warning => Findings.Severity.Warning,
        SeverityKeyword.Info => Findings.Severity.Info,
        _ => throw new ArgumentOutOfRangeException(nameof(keyword), keyword, null),
    };

    /// <summary>The table side a label written with this side is looked up on.</summary>
    public static TableSide Side(LabelSide side) => side switch
    {
        LabelSide.Any => TableSide.None,
        LabelSide.Income => TableSide.Income,
        LabelSide.Expenditure => TableSide.Expenditure,
        _ => throw new ArgumentOutOfRangeException(nameof(side), side, null),
    };
}
