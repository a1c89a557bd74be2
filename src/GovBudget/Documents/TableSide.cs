namespace GovBudget.Documents;

/// <summary>The side of a two-sided table (收支总表: 收入 items beside 支出 items).</summary>
public enum TableSide
{
    /// <summary>A one-sided table.</summary>
    None = 0,

    /// <summary>收入: the left half of a two-sided table.</summary>
    Income = 1,

    /// <summary>支出: the right half of a two-sided table.</summary>
    Expenditure = 2,
}
