namespace GovBudget.Rules.Functions;

/// <summary>What an argument of a built-in function must be; the binder checks each argument against its kind.</summary>
internal enum ParameterKind
{
    /// <summary>A number or a set of rows (the aggregates): <c>sum(301, children(302))</c>.</summary>
    NumbersOrRows,

    /// <summary>Rows of any kind, counted or tested rather than read: <c>count(30xxx)</c>.</summary>
    Rows,

    /// <summary>One number.</summary>
    Number,

    /// <summary>A number of decimals written as one digit: the 2 of <c>round(x, 2)</c>.</summary>
    Digit,

    /// <summary>A quoted phrase of the narrative: <c>text("基本支出")</c>.</summary>
    Phrase,

    /// <summary>One row (a code, a label or a variable), whose name is read.</summary>
    Row,
}
