namespace GovBudget.Rules.Syntax;

/// <summary>The side a row label is written with (<c>收入:"…"</c>, <c>支出:"…"</c>); the binder maps it to a table side.</summary>
internal enum LabelSide
{
    /// <summary>No side written: the label may be on either side.</summary>
    Any = 0,

    /// <summary><c>收入:</c>.</summary>
    Income = 1,

    /// <summary><c>支出:</c>.</summary>
    Expenditure = 2,
}
