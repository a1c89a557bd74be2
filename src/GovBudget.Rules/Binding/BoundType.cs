namespace GovBudget.Rules.Binding;

/// <summary>The type of a bound expression.</summary>
internal enum BoundType
{
    /// <summary>A number: an amount (in the unit of its table) or a plain number.</summary>
    Number,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>Text (a row name).</summary>
    Text,

    /// <summary>A set of rows (a pattern, a range, children(…), a level): only aggregates and exists take it.</summary>
    Rows,
}
