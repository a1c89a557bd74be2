namespace GovBudget.Documents;

/// <summary>What a table column holds.</summary>
public enum ColumnType
{
    /// <summary>Amounts in the table's unit.</summary>
    Amount = 1,

    /// <summary>Counts and other numbers that are not money (数量).</summary>
    Quantity = 2,

    /// <summary>Text.</summary>
    Text = 3,
}
